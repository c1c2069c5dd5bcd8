package com.lifeos.api.learning;

import java.time.LocalDate;
import java.util.Objects;

import com.lifeos.api.shared.PersonalText;
import com.lifeos.api.shared.SealedText;
import com.lifeos.api.shared.Texts;

/**
 * What a person states about one stretch of learning. {@code courseName} is kept without surrounding spaces;
 * {@code platform} likewise, blank meaning none. {@code progressPercentage} is how far through the course they
 * stood afterwards, when they said. {@code sessionDate} is the local date it happened (never after the logger's
 * today, which the aggregate checks). The notes arrive sealed with the owner's key.
 */
public record LearningSessionDetails(@PersonalText String courseName, @PersonalText String platform,
                                     int durationMinutes, Integer progressPercentage, LocalDate sessionDate,
                                     SealedText notes) {

    public static final int COURSE_NAME_MAX = 255;
    public static final int PLATFORM_MAX = 100;
    public static final int MIN_DURATION_MINUTES = 1;
    /** A whole day: one session cannot last longer than the day it is logged on. */
    public static final int MAX_DURATION_MINUTES = 1440;
    public static final int MAX_PROGRESS = 100;

    public LearningSessionDetails {
        courseName = Texts.required("course_name", courseName, COURSE_NAME_MAX).strip();
        platform = platform == null || platform.isBlank() ? null : platform.strip();
        Texts.optional("platform", platform, PLATFORM_MAX);
        if (durationMinutes < MIN_DURATION_MINUTES || durationMinutes > MAX_DURATION_MINUTES) {
            throw new IllegalArgumentException("duration_minutes must be between " + MIN_DURATION_MINUTES + " and "
                    + MAX_DURATION_MINUTES);
        }
        if (progressPercentage != null && (progressPercentage < 0 || progressPercentage > MAX_PROGRESS)) {
            throw new IllegalArgumentException("progress_percentage must be between 0 and " + MAX_PROGRESS);
        }
        Objects.requireNonNull(sessionDate, "sessionDate");
    }
}
