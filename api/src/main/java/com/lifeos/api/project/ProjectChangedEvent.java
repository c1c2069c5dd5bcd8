package com.lifeos.api.project;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;

/**
 * The project's details after a change (all of them, not only the changed ones). {@code startDate} is null when
 * the project has none recorded (events stored before start dates existed).
 */
public record ProjectChangedEvent(UUID projectId, UUID userId, @PersonalText String title,
                                  @PersonalText String description, LocalDate dueDate, ProjectPriority priority,
                                  LocalDate startDate) implements Owned {
}
