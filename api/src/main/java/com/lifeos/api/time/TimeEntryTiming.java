package com.lifeos.api.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When an entry happened: a start and an end instant with the whole minutes between them, or a duration alone
 * (both instants null). Whole minutes are the seconds between start and end divided by 60, rounded down, so a
 * client that also sends {@code duration_minutes} must send exactly that number.
 */
public record TimeEntryTiming(Instant startTime, Instant endTime, int durationMinutes) {

    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 1440;

    public TimeEntryTiming {
        Optional<TimingProblem> problem = check(startTime, endTime, durationMinutes);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().field() + " " + problem.get().message());
        }
    }

    /** The timing the client described, with the duration derived from start and end when it sent them. */
    public static TimeEntryTiming of(Instant startTime, Instant endTime, Integer durationMinutes) {
        return new TimeEntryTiming(startTime, endTime,
                startTime != null && endTime != null ? wholeMinutes(startTime, endTime) : orZero(durationMinutes));
    }

    /** What is wrong with the timing as a client sent it, if anything. */
    public static Optional<TimingProblem> check(Instant startTime, Instant endTime, Integer durationMinutes) {
        if (startTime == null && endTime == null) {
            if (durationMinutes == null) {
                return problem("duration_minutes", "is required without start_time and end_time");
            }
            return durationMinutes < MIN_MINUTES || durationMinutes > MAX_MINUTES
                    ? problem("duration_minutes", "must be between " + MIN_MINUTES + " and " + MAX_MINUTES)
                    : Optional.empty();
        }
        if (startTime == null) {
            return problem("start_time", "is required with end_time");
        }
        if (endTime == null) {
            return problem("end_time", "is required with start_time");
        }
        if (!endTime.isAfter(startTime)) {
            return problem("end_time", "must be after start_time");
        }
        if (Duration.between(startTime, endTime).compareTo(Duration.ofMinutes(MAX_MINUTES)) > 0) {
            return problem("end_time", "must be at most 24 hours after start_time");
        }
        int minutes = wholeMinutes(startTime, endTime);
        if (minutes < MIN_MINUTES) {
            return problem("end_time", "must be at least one minute after start_time");
        }
        if (durationMinutes != null && durationMinutes != minutes) {
            return problem("duration_minutes",
                    "must equal the whole minutes between start_time and end_time (" + minutes + ")");
        }
        return Optional.empty();
    }

    /**
     * The timing after a partial change: start or end replace their current values (the duration follows them);
     * a duration alone replaces the duration of an entry without times; {@code clearTimes} keeps only a duration
     * (the one sent, else the current one). A duration alone on an entry with times would contradict them.
     */
    public Optional<TimingProblem> checkChange(Instant start, Instant end, Integer duration, boolean clearTimes) {
        if (clearTimes && (start != null || end != null)) {
            return problem("clear_times", "cannot be combined with start_time or end_time");
        }
        if (clearTimes) {
            return check(null, null, duration != null ? duration : durationMinutes);
        }
        if (start != null || end != null) {
            return check(start != null ? start : startTime, end != null ? end : endTime, duration);
        }
        if (duration != null && timed() && duration != durationMinutes) {
            return problem("duration_minutes",
                    "cannot change alone on an entry with start_time and end_time: change them, or send clear_times");
        }
        return duration != null ? check(startTime, endTime, duration) : Optional.empty();
    }

    /** The timing after a partial change that {@link #checkChange} accepts. */
    public TimeEntryTiming changed(Instant start, Instant end, Integer duration, boolean clearTimes) {
        Optional<TimingProblem> problem = checkChange(start, end, duration, clearTimes);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().field() + " " + problem.get().message());
        }
        if (clearTimes) {
            return of(null, null, duration != null ? duration : durationMinutes);
        }
        if (start != null || end != null) {
            return of(start != null ? start : startTime, end != null ? end : endTime, duration);
        }
        return duration != null ? of(startTime, endTime, duration) : this;
    }

    public boolean timed() {
        return startTime != null;
    }

    /** The seconds between two instants divided by 60, rounded down. */
    public static int wholeMinutes(Instant start, Instant end) {
        return (int) Math.floorDiv(Duration.between(start, end).toSeconds(), 60);
    }

    private static int orZero(Integer minutes) {
        return minutes == null ? 0 : minutes;
    }

    private static Optional<TimingProblem> problem(String field, String message) {
        return Optional.of(new TimingProblem(field, message));
    }
}
