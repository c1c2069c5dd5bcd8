-- Read model of the "goals" processing group.
CREATE TABLE goal (
    id            UUID          NOT NULL PRIMARY KEY,
    user_id       UUID          NOT NULL,
    title         VARCHAR(255)  NOT NULL,
    description   VARCHAR(1000),
    category      VARCHAR(100),
    target_date   DATE,
    progress      INTEGER       NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    priority      VARCHAR(16)   NOT NULL,
    priority_rank INTEGER       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence BIGINT        NOT NULL
);
CREATE INDEX goal_by_user ON goal (user_id, created_at, id);

-- Every progress change of a goal, keyed by the event's place in the goal's own stream.
CREATE TABLE goal_progress (
    goal_id     UUID         NOT NULL,
    sequence    BIGINT       NOT NULL,
    user_id     UUID         NOT NULL,
    progress    INTEGER      NOT NULL,
    note        VARCHAR(12000),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (goal_id, sequence)
);
