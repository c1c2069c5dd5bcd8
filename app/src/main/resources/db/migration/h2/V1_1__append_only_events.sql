-- The event log is immutable: the embedded database refuses to change or remove a stored event.
CREATE TRIGGER domain_event_entry_no_update BEFORE UPDATE ON domain_event_entry
    FOR EACH ROW CALL 'com.lifeos.app.eventstore.AppendOnlyTrigger';
CREATE TRIGGER domain_event_entry_no_delete BEFORE DELETE ON domain_event_entry
    FOR EACH ROW CALL 'com.lifeos.app.eventstore.AppendOnlyTrigger';
