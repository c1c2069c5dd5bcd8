package com.lifeos.api.time;

import java.time.LocalDate;
import java.time.ZoneId;

import com.lifeos.api.shared.Texts;

/** The limits of a time entry's fields, shared by the commands and the request checks at the edge. */
public final class TimeEntryFacts {

    public static final int ACTIVITY_MAX = Texts.TITLE_MAX;
    public static final int CATEGORY_MAX = 50;
    public static final int SCORE_MIN = 1;
    public static final int SCORE_MAX = 10;

    private TimeEntryFacts() {
    }

    static void requireActivity(String activity) {
        Texts.required("activity", activity, ACTIVITY_MAX);
    }

    static void requireCategory(String category) {
        if (category != null && category.isBlank()) {
            throw new IllegalArgumentException("category must not be blank");
        }
        Texts.optional("category", category, CATEGORY_MAX);
    }

    static void requireScore(Integer score) {
        if (score != null && (score < SCORE_MIN || score > SCORE_MAX)) {
            throw new IllegalArgumentException("productivity_score must be between " + SCORE_MIN + " and " + SCORE_MAX);
        }
    }

    /**
     * The local date an entry belongs to: the date of its start in {@code zone} when it has times (a different
     * {@code given} date is refused), else {@code given}, which is then required.
     */
    public static LocalDate dateOf(TimeEntryTiming timing, LocalDate given, ZoneId zone) {
        if (timing.timed()) {
            LocalDate started = LocalDate.ofInstant(timing.startTime(), zone);
            if (given != null && !given.equals(started)) {
                throw new IllegalArgumentException("date must be the local date of start_time (" + started + ")");
            }
            return started;
        }
        if (given == null) {
            throw new IllegalArgumentException("date is required for an entry without start_time");
        }
        return given;
    }
}
