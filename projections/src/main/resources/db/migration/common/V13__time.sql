-- Read model of the "time" processing group: rebuilt from events on replay.
-- start_time and end_time are both set or both null (an entry with a duration alone); duration_minutes is the
-- entry's length either way. entry_date is the local date the entry belongs to, judged in zone.
CREATE TABLE time_entry (
    id                 UUID          NOT NULL PRIMARY KEY,
    user_id            UUID          NOT NULL,
    activity           VARCHAR(255)  NOT NULL,
    category           VARCHAR(50),
    duration_minutes   INTEGER       NOT NULL,
    start_time         TIMESTAMP WITH TIME ZONE,
    end_time           TIMESTAMP WITH TIME ZONE,
    productivity_score INTEGER,
    entry_date         DATE          NOT NULL,
    zone               VARCHAR(64)   NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence      BIGINT        NOT NULL
);
CREATE INDEX time_entry_by_user_date ON time_entry (user_id, entry_date);
CREATE INDEX time_entry_by_user_start ON time_entry (user_id, start_time);
