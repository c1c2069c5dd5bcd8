-- Each person's own data key, wrapped (AES-GCM) by the master key. Private text inside events is
-- sealed with it; deleting a person's row erases that text from the immutable log (crypto-shredding).
CREATE TABLE user_key (
    user_id     UUID          NOT NULL PRIMARY KEY,
    wrapped_key VARCHAR(255)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
