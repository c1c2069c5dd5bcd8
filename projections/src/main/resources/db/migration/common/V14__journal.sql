-- Read model of the "journal" processing group: rebuilt from events on replay.
-- content holds sealed text ("v1." + base64 of nonce, AES-GCM ciphertext and tag): up to
-- 4/3 x (3 bytes per UTF-16 unit + 28) + 3 characters, so 20000 units of content need 80041.
-- content_length is the content's length in characters, kept so averages need no key.
CREATE TABLE journal_entry (
    id             UUID           NOT NULL PRIMARY KEY,
    user_id        UUID           NOT NULL,
    entry_date     DATE           NOT NULL,
    content        VARCHAR(80100) NOT NULL,
    content_length INTEGER        NOT NULL,
    mood           VARCHAR(16),
    is_private     BOOLEAN        NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence  BIGINT         NOT NULL
);
CREATE INDEX journal_entry_by_user ON journal_entry (user_id, entry_date, created_at);

-- One row per tag of an entry, in the owner's order; unique per entry ignoring case (the events guarantee it).
CREATE TABLE journal_entry_tag (
    entry_id  UUID        NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,
    tag_index INTEGER     NOT NULL,
    tag       VARCHAR(50) NOT NULL,
    user_id   UUID        NOT NULL,
    PRIMARY KEY (entry_id, tag_index)
);
CREATE INDEX journal_entry_tag_by_user ON journal_entry_tag (user_id, tag);
