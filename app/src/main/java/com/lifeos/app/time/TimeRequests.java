package com.lifeos.app.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.lifeos.api.time.TimeEntryFacts;
import com.lifeos.api.time.TimeEntryTiming;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON bodies of the time entry endpoints, checked at the transport edge. Times must carry an offset. */
final class TimeRequests {

    private static final String NOT_BLANK = "(?s).*\\S.*";

    private TimeRequests() {
    }

    /**
     * Either {@code startTime} and {@code endTime} (the duration is derived; when sent it must agree) or
     * {@code durationMinutes} alone, on {@code date} (default: the user's today).
     */
    record Create(UUID id,
                  @NotBlank @Size(max = TimeEntryFacts.ACTIVITY_MAX) String activity,
                  @Size(min = 1, max = TimeEntryFacts.CATEGORY_MAX) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
                  String category,
                  OffsetDateTime startTime,
                  OffsetDateTime endTime,
                  @Min(TimeEntryTiming.MIN_MINUTES) @Max(TimeEntryTiming.MAX_MINUTES) Integer durationMinutes,
                  @Min(TimeEntryFacts.SCORE_MIN) @Max(TimeEntryFacts.SCORE_MAX) Integer productivityScore,
                  LocalDate date) {
    }

    /**
     * Every field is optional: absent (or null) keeps the current value. New times re-derive the duration and the
     * date; a duration alone is refused for an entry with times unless {@code "clear_times": true}, which drops
     * the times and keeps a duration (the one sent, else the current one).
     */
    record Change(@Size(min = 1, max = TimeEntryFacts.ACTIVITY_MAX) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
                  String activity,
                  @Size(min = 1, max = TimeEntryFacts.CATEGORY_MAX) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
                  String category,
                  OffsetDateTime startTime,
                  OffsetDateTime endTime,
                  @Min(TimeEntryTiming.MIN_MINUTES) @Max(TimeEntryTiming.MAX_MINUTES) Integer durationMinutes,
                  @Min(TimeEntryFacts.SCORE_MIN) @Max(TimeEntryFacts.SCORE_MAX) Integer productivityScore,
                  LocalDate date,
                  Boolean clearTimes) {
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
