-- Read model of the "relationships" processing group: rebuilt from events on replay.
-- contact_name and notes hold sealed text ("v1." + base64 of nonce, AES-GCM ciphertext and tag): up to
-- 4/3 x (3 bytes per character + 28) + 3 characters, so 255 characters of name need 1063 and 2000 of notes 8043.
-- The next contact date by rhythm is not stored: it is derived from last_contact_date and contact_every_days.
CREATE TABLE relationship (
    id                   UUID          NOT NULL PRIMARY KEY,
    user_id              UUID          NOT NULL,
    contact_name         VARCHAR(1100) NOT NULL,
    relationship_type    VARCHAR(50),
    notes                VARCHAR(8100),
    contact_every_days   INTEGER,
    last_contact_date    DATE,
    planned_contact_date DATE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence        BIGINT        NOT NULL
);
CREATE INDEX relationship_by_user ON relationship (user_id);

CREATE TABLE relationship_interaction (
    id               UUID          NOT NULL PRIMARY KEY,
    relationship_id  UUID          NOT NULL,
    user_id          UUID          NOT NULL,
    interaction_date DATE          NOT NULL,
    zone             VARCHAR(64)   NOT NULL,
    kind             VARCHAR(50),
    notes            VARCHAR(8100),
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX relationship_interaction_by_relationship ON relationship_interaction (relationship_id, interaction_date);
