-- Read model of the "audit" processing group: one row per stored event, for the history timeline.
CREATE TABLE audit_entry (
    event_id       VARCHAR(255) NOT NULL PRIMARY KEY,
    position       BIGINT       NOT NULL,
    owner_id       UUID,
    user_id        UUID,
    type           VARCHAR(255) NOT NULL,
    entity_type    VARCHAR(255),
    entity_id      VARCHAR(255),
    sequence       BIGINT,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    correlation_id VARCHAR(255),
    causation_id   VARCHAR(255),
    request_id     VARCHAR(255),
    payload        VARCHAR(100000) NOT NULL
);
CREATE INDEX audit_entry_by_owner ON audit_entry (owner_id, position);
CREATE INDEX audit_entry_by_entity ON audit_entry (entity_id, position);
