-- The dashboard judges health, learning and the journal from the day a person first recorded something there (a
-- new account's empty areas have no score rather than 0): min(fact_date) per person and area, one index lookup
-- whatever the length of the history.
CREATE INDEX dashboard_fact_first ON dashboard_fact (user_id, area, fact_date);
