-- The day a person started on a goal or project (they may say "I started this in March"). Null for rows of goals and
-- projects created before start dates were recorded: their events carry none, so a replay leaves it null too, and
-- schedules count such a goal from its creation day.
ALTER TABLE goal ADD COLUMN start_date DATE;
ALTER TABLE project ADD COLUMN start_date DATE;
