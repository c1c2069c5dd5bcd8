-- The activity feed keeps each fact's structure instead of an English sentence: the words are chosen when read, so
-- they can change without a replay. Statuses are now the names of each area's own states (ACTIVE, DELETED, ...).
-- Sentences cannot be taken apart again, so the dashboard group is rebuilt instead: its tables are emptied and its
-- processor's token removed, and a processor without a token starts again from the first event (the tracking
-- processors' initial token is the tail of the log), so the next start replays the whole group.
DELETE FROM token_entry WHERE processor_name = 'dashboard';
DELETE FROM dashboard_activity;
DELETE FROM dashboard_fact;
DELETE FROM dashboard_subject;

ALTER TABLE dashboard_activity DROP COLUMN sentence;
ALTER TABLE dashboard_activity ADD COLUMN title VARCHAR(255);
ALTER TABLE dashboard_activity ADD COLUMN detail VARCHAR(255);
ALTER TABLE dashboard_activity ADD COLUMN label VARCHAR(100);
ALTER TABLE dashboard_activity ADD COLUMN amount NUMERIC(14, 2);
ALTER TABLE dashboard_activity ADD COLUMN currency VARCHAR(3);
ALTER TABLE dashboard_activity ADD COLUMN unit VARCHAR(20);
ALTER TABLE dashboard_activity ADD COLUMN fact_date DATE;
ALTER TABLE dashboard_activity ADD COLUMN zone VARCHAR(60);
