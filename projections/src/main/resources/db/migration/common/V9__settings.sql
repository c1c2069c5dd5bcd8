-- Read model of the "settings" processing group: each person's own preferences (not their calendar,
-- which lives in accounts). The columns are setting_key/setting_value because KEY and VALUE are
-- keywords of the embedded database.
CREATE TABLE user_setting (
    user_id       UUID          NOT NULL,
    setting_key   VARCHAR(100)  NOT NULL,
    setting_value VARCHAR(8000) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence BIGINT        NOT NULL,
    PRIMARY KEY (user_id, setting_key)
);
