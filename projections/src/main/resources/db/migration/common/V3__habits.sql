-- Read model of the "habits" processing group: rebuilt from events on replay.
CREATE TABLE habit (
    id              UUID          NOT NULL PRIMARY KEY,
    user_id         UUID          NOT NULL,
    title           VARCHAR(255)  NOT NULL,
    description     VARCHAR(1000),
    category        VARCHAR(100),
    frequency       VARCHAR(16)   NOT NULL,
    target_per_week INTEGER,
    days_of_week    VARCHAR(64),
    reminder_time   TIME,
    is_active       BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence   BIGINT        NOT NULL
);
CREATE INDEX habit_by_user ON habit (user_id, created_at, id);

CREATE TABLE habit_checkin (
    id            UUID         NOT NULL PRIMARY KEY,
    habit_id      UUID         NOT NULL,
    user_id       UUID         NOT NULL,
    checkin_date  DATE         NOT NULL,
    zone          VARCHAR(64)  NOT NULL,
    notes         VARCHAR(12000),
    checked_in_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX habit_checkin_by_user ON habit_checkin (user_id, habit_id, checkin_date);
CREATE INDEX habit_checkin_by_habit ON habit_checkin (habit_id);
