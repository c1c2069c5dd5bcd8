-- The one change the append-only log allows (see the PostgreSQL twin of this migration): an erasure seals, in place,
-- the personal text of the person's events stored in clear, inside a transaction holding a row here; AppendOnlyTrigger
-- then lets an UPDATE through that changes the payload alone.
CREATE TABLE event_resealing (
    owner_id UUID NOT NULL PRIMARY KEY
);
