package com.lifeos.app.learning;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.learning.LearningSessionDetails;
import com.lifeos.api.shared.Texts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON bodies of the learning endpoints, checked at the transport edge (notes still in clear). */
final class LearningRequests {

    private LearningRequests() {
    }

    /** {@code sessionDate} defaults to the user's today; {@code id} makes a repeated request harmless. */
    record Create(UUID id,
                  @NotBlank @Size(max = LearningSessionDetails.COURSE_NAME_MAX) String courseName,
                  @Size(max = LearningSessionDetails.PLATFORM_MAX) String platform,
                  @NotNull @Min(LearningSessionDetails.MIN_DURATION_MINUTES)
                  @Max(LearningSessionDetails.MAX_DURATION_MINUTES) Integer durationMinutes,
                  @Min(0) @Max(LearningSessionDetails.MAX_PROGRESS) Integer progressPercentage,
                  LocalDate sessionDate,
                  @Size(max = Texts.NOTES_MAX) String notes) {
    }

    /**
     * Every field is optional: absent (or null) keeps the current value; a blank platform removes the platform and
     * empty notes remove the notes.
     */
    record Change(@Size(min = 1, max = LearningSessionDetails.COURSE_NAME_MAX)
                  @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String courseName,
                  @Size(max = LearningSessionDetails.PLATFORM_MAX) String platform,
                  @Min(LearningSessionDetails.MIN_DURATION_MINUTES)
                  @Max(LearningSessionDetails.MAX_DURATION_MINUTES) Integer durationMinutes,
                  @Min(0) @Max(LearningSessionDetails.MAX_PROGRESS) Integer progressPercentage,
                  LocalDate sessionDate,
                  @Size(max = Texts.NOTES_MAX) String notes) {
    }
}
