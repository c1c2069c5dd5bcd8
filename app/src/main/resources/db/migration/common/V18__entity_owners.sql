-- Who owns each id. Clients may choose the ids of what they create, and ids are one namespace across every kind
-- (the dashboard keeps facts of every area in one table), so an id names one entity of one person for ever: a
-- create that names an id someone else (or another kind) already holds is refused before any event is stored.
-- Rows are claimed in the transaction that stores the creating command's events, so a failed command leaves no
-- claim; a check-in or an interaction also names its habit or relationship (parent_id), so repeating it elsewhere is
-- refused too. Ids created before this table existed are claimed from the log by the "entity-owners" processor.
CREATE TABLE entity_owner (
    entity_id  UUID        NOT NULL PRIMARY KEY,
    user_id    UUID        NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    parent_id  UUID
);
