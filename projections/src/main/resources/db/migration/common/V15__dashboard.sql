-- Read model of the "dashboard" processing group: rebuilt from events on replay, never from other tables.
-- dashboard_subject: the current state of everything the dashboard shows (one table for all areas, so one query
-- reads a person's whole picture). dashboard_fact: every dated fact it counts, read by date range, so a read costs
-- the same after a month or after years. dashboard_activity: one sentence per recorded fact, newest first.
CREATE TABLE dashboard_subject (
    id              UUID          NOT NULL PRIMARY KEY,
    user_id         UUID          NOT NULL,
    area            VARCHAR(20)   NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    title           VARCHAR(255),
    label           VARCHAR(100),
    status          VARCHAR(20),
    progress        INTEGER,
    frequency       VARCHAR(10),
    target_per_week INTEGER,
    days_of_week    VARCHAR(60),
    start_date      DATE,
    due_date        DATE,
    amount          NUMERIC(14, 2),
    currency        VARCHAR(3),
    unit            VARCHAR(20),
    sealed_name     VARCHAR(1100),
    every_days      INTEGER,
    recorded_at     TIMESTAMP WITH TIME ZONE,
    source_id       UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence   BIGINT        NOT NULL
);
CREATE INDEX dashboard_subject_by_user ON dashboard_subject (user_id);

CREATE TABLE dashboard_fact (
    id            UUID          NOT NULL PRIMARY KEY,
    user_id       UUID          NOT NULL,
    area          VARCHAR(20)   NOT NULL,
    kind          VARCHAR(50),
    subject_id    UUID,
    fact_date     DATE,
    occurred_at   TIMESTAMP WITH TIME ZONE,
    amount        NUMERIC(14, 2),
    weight        NUMERIC(14, 2),
    label         VARCHAR(100),
    currency      VARCHAR(3),
    unit          VARCHAR(20),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence BIGINT        NOT NULL
);
CREATE INDEX dashboard_fact_by_user_date ON dashboard_fact (user_id, fact_date);
CREATE INDEX dashboard_fact_by_subject ON dashboard_fact (subject_id);
CREATE INDEX dashboard_fact_latest ON dashboard_fact (user_id, area, kind, occurred_at);

CREATE TABLE dashboard_activity (
    event_id       VARCHAR(36)   NOT NULL PRIMARY KEY,
    event_position BIGINT        NOT NULL,
    user_id        UUID          NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    area           VARCHAR(20)   NOT NULL,
    kind           VARCHAR(60)   NOT NULL,
    entity_id      UUID,
    sentence       VARCHAR(600)  NOT NULL,
    sealed_subject VARCHAR(1100)
);
CREATE INDEX dashboard_activity_latest ON dashboard_activity (user_id, occurred_at, event_position);
