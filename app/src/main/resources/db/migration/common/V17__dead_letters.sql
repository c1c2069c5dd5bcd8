-- Axon's sequenced dead-letter queue (JdbcSequencedDeadLetterQueue), one table for every processing group: an event a
-- group's handler could not apply is parked here with the later events of the same entity, and the group goes on.
-- The columns are the ones Axon's GenericDeadLetterTableFactory creates, in snake_case; serialized data is bytea
-- (never a large object) and timestamps are the ISO-8601 text Axon writes. cause_message is never a database's own
-- message (it can quote the row's values): the enqueue policy stores the SQLState or the exception class instead.
CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255) NOT NULL PRIMARY KEY,
    processing_group     VARCHAR(255) NOT NULL,
    sequence_identifier  VARCHAR(255) NOT NULL,
    sequence_index       BIGINT       NOT NULL,
    message_type         VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    type                 VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255) NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1024),
    diagnostics          BYTEA,
    CONSTRAINT uk_dead_letter_sequence_index UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX dead_letter_by_group ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_by_event ON dead_letter_entry (processing_group, event_identifier);
