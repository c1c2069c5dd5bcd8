-- Axon's event store and token store, in the same database as the projections so a token update
-- and its projection writes commit together. Payloads are bytea (never large objects), and the
-- global index has its own sequence with increments of one.
CREATE TABLE domain_event_entry (
    global_index         BIGSERIAL     NOT NULL PRIMARY KEY,
    event_identifier     VARCHAR(255)  NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255)  NOT NULL,
    sequence_number      BIGINT        NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA         NOT NULL,
    meta_data            BYTEA,
    CONSTRAINT uk_aggregate_sequence UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
