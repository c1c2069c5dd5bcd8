package com.lifeos.app.project;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.project.ProjectPriority;
import com.lifeos.api.project.ProjectStatus;
import com.lifeos.api.shared.Texts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON bodies of the project endpoints, checked at the transport edge. */
final class ProjectRequests {

    private ProjectRequests() {
    }

    /**
     * A new project starts active at 0 %; {@code goalId} links it to one of the caller's goals; {@code startDate}
     * (default: the caller's today, or the due date when that has passed) is when they began on it.
     */
    record Create(UUID id,
                  @NotBlank @Size(max = Texts.TITLE_MAX) String title,
                  @Size(max = Texts.DESCRIPTION_MAX) String description,
                  LocalDate startDate,
                  LocalDate dueDate,
                  ProjectPriority priority,
                  UUID goalId) {
    }

    /**
     * Every field is optional: absent (or null) keeps the current value, so {@code "goal_id": null} keeps the
     * link too; {@code "unlink_goal": true} removes it. Progress changes only through the progress endpoint.
     */
    record Change(@Size(min = 1, max = Texts.TITLE_MAX) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
                  String title,
                  @Size(max = Texts.DESCRIPTION_MAX) String description,
                  LocalDate startDate,
                  LocalDate dueDate,
                  ProjectPriority priority,
                  ProjectStatus status,
                  UUID goalId,
                  Boolean unlinkGoal) {
    }

    record Progress(@NotNull @Min(0) @Max(100) Integer progress,
                    @Size(max = Texts.NOTES_MAX) String note) {
    }
}
