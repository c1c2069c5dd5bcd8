-- Read model of the "ai" processing group: every suggestion offered to a person and what they made of it.
-- content holds sealed text (the suggestion's JSON, at most 2500 characters): 4/3 x (3 x 2500 + 28) + 3 = 10040.
-- accepted_as is the goal or habit created from it, null while it was not taken up.
CREATE TABLE ai_suggestion (
    id            UUID          NOT NULL PRIMARY KEY,
    user_id       UUID          NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    source        VARCHAR(16)   NOT NULL,
    model         VARCHAR(200),
    content       VARCHAR(10100) NOT NULL,
    offered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_as   UUID,
    accepted_at   TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence BIGINT        NOT NULL
);
CREATE INDEX ai_suggestion_by_user_accepted ON ai_suggestion (user_id, accepted_at);
