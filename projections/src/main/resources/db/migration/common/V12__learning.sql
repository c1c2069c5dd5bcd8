-- Read model of the "learning" processing group: rebuilt from events on replay. Courses, streaks and weekly
-- minutes are not stored: they are computed from these rows when read.
-- course_key and platform_key are the names trimmed and in lower case, so filters and course grouping ignore case.
-- notes hold sealed text ("v1." + base64 of nonce, AES-GCM ciphertext and tag): 2000 characters need 8043.
CREATE TABLE learning_session (
    id                  UUID          NOT NULL PRIMARY KEY,
    user_id             UUID          NOT NULL,
    course_name         VARCHAR(255)  NOT NULL,
    course_key          VARCHAR(255)  NOT NULL,
    platform            VARCHAR(100),
    platform_key        VARCHAR(100),
    duration_minutes    INTEGER       NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    progress_percentage INTEGER       CHECK (progress_percentage BETWEEN 0 AND 100),
    session_date        DATE          NOT NULL,
    zone                VARCHAR(64)   NOT NULL,
    notes               VARCHAR(8100),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence       BIGINT        NOT NULL
);
CREATE INDEX learning_session_by_user_date ON learning_session (user_id, session_date);
CREATE INDEX learning_session_by_user_course ON learning_session (user_id, course_key);
