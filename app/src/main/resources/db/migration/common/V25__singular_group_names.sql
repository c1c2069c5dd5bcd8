-- Processing groups are named like the feature packages they live in (habit, goal, project, relationship), and the
-- settings read model after its feature, account. A group's position and its parked events move to the new name,
-- so an upgraded instance carries on where it was instead of replaying those groups from the first event.
UPDATE token_entry SET processor_name = 'habit' WHERE processor_name = 'habits';
UPDATE token_entry SET processor_name = 'goal' WHERE processor_name = 'goals';
UPDATE token_entry SET processor_name = 'project' WHERE processor_name = 'projects';
UPDATE token_entry SET processor_name = 'relationship' WHERE processor_name = 'relationships';
UPDATE token_entry SET processor_name = 'account' WHERE processor_name = 'settings';
UPDATE dead_letter_entry SET processing_group = 'habit' WHERE processing_group = 'habits';
UPDATE dead_letter_entry SET processing_group = 'goal' WHERE processing_group = 'goals';
UPDATE dead_letter_entry SET processing_group = 'project' WHERE processing_group = 'projects';
UPDATE dead_letter_entry SET processing_group = 'relationship' WHERE processing_group = 'relationships';
UPDATE dead_letter_entry SET processing_group = 'account' WHERE processing_group = 'settings';
