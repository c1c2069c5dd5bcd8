-- The one change the append-only log allows: an erasure seals, in place, the personal text of the person's events
-- stored in clear before sealing existed (LegacyTextErasure). It is allowed only to a transaction that holds a row
-- here (the erasure inserts and deletes it in its own transaction, so no other transaction ever sees one), and only
-- for the payload: every other column of the event must stay as it is. Deleting and truncating stay refused.
CREATE TABLE event_resealing (
    owner_id UUID NOT NULL PRIMARY KEY
);

CREATE OR REPLACE FUNCTION reject_event_change() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF EXISTS (SELECT 1 FROM event_resealing)
           AND (NEW.global_index, NEW.event_identifier, NEW.aggregate_identifier, NEW.sequence_number, NEW.type,
                NEW.time_stamp, NEW.payload_type, NEW.payload_revision, NEW.meta_data)
               IS NOT DISTINCT FROM
               (OLD.global_index, OLD.event_identifier, OLD.aggregate_identifier, OLD.sequence_number, OLD.type,
                OLD.time_stamp, OLD.payload_type, OLD.payload_revision, OLD.meta_data) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'domain_event_entry is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
