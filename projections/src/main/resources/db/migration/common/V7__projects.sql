-- Read model of the "projects" processing group.
CREATE TABLE project (
    id            UUID          NOT NULL PRIMARY KEY,
    user_id       UUID          NOT NULL,
    title         VARCHAR(255)  NOT NULL,
    description   VARCHAR(1000),
    status        VARCHAR(16)   NOT NULL,
    progress      INTEGER       NOT NULL,
    due_date      DATE,
    priority      VARCHAR(16)   NOT NULL,
    goal_id       UUID,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence BIGINT        NOT NULL
);
CREATE INDEX project_by_user ON project (user_id, created_at, id);
CREATE INDEX project_by_goal ON project (user_id, goal_id);
