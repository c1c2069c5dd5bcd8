package com.lifeos.query.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an active goal with a target date stands against time, counted from the day its owner started on it: the
 * progress expected by today (the elapsed share of the days from start to target), whether it is on track, behind
 * (more than {@value #BEHIND_MARGIN} points below expected) or overdue, its pace in points a day over the last
 * {@value #VELOCITY_WINDOW_DAYS} days, and when it will reach 100 % at that pace.
 * <p>
 * A pace needs evidence: at least {@value #MIN_DAYS} days since the start and {@value #MIN_CHANGES} progress
 * changes; before that, and when the goal has not moved forward in the window, pace and projected date are null
 * and {@code projectionReason} says why. Progress between two changes is taken to have grown evenly, and a goal
 * stands at 0 on its start day unless a change that day says otherwise: so a goal started in March whose progress
 * was all entered today paces at its average since March, not at everything in one day.
 */
public final class GoalSchedule {

    public static final int BEHIND_MARGIN = 10;
    public static final int VELOCITY_WINDOW_DAYS = 30;
    public static final int MIN_DAYS = 7;
    public static final int MIN_CHANGES = 2;
    public static final String TOO_LITTLE_EVIDENCE = "needs 7 days since the start and 2 progress changes";
    public static final String NO_RECENT_PROGRESS = "no progress gained in the last 30 days";
    private static final int DONE = 100;

    private GoalSchedule() {
    }

    /** {@code projectionReason} is null exactly when {@code projectedCompletionDate} is not. */
    public record Judgement(int expectedProgress, String state, BigDecimal velocityPerDay,
                            LocalDate projectedCompletionDate, String projectionReason) {
    }

    /** The day a goal counts from: its stated start date, else (goals from before start dates) its creation day. */
    public static LocalDate startedOn(LocalDate startDate, Instant createdAt, ZoneId zone) {
        return startDate != null ? startDate : createdAt.atZone(zone).toLocalDate();
    }

    /** {@code history} is the goal's progress changes, oldest first. */
    public static Judgement judge(LocalDate startedOn, LocalDate targetDate, int progress, List<ProgressPoint> history,
                                  LocalDate today) {
        int expected = expectedProgress(startedOn, targetDate, today);
        String state;
        if (today.isAfter(targetDate) && progress < DONE) {
            state = "overdue";
        } else if (progress < expected - BEHIND_MARGIN) {
            state = "behind";
        } else {
            state = "on_track";
        }
        if (ChronoUnit.DAYS.between(startedOn, today) < MIN_DAYS || changes(history) < MIN_CHANGES) {
            return new Judgement(expected, state, null, progress >= DONE ? doneOn(history, today) : null,
                    progress >= DONE ? null : TOO_LITTLE_EVIDENCE);
        }
        BigDecimal velocity = velocity(startedOn, progress, history, today);
        if (progress >= DONE) {
            return new Judgement(expected, state, velocity, doneOn(history, today), null);
        }
        if (velocity == null) {
            return new Judgement(expected, state, null, null, NO_RECENT_PROGRESS);
        }
        long days = BigDecimal.valueOf(DONE - progress).divide(velocity, 0, RoundingMode.CEILING).longValue();
        return new Judgement(expected, state, velocity, today.plusDays(days), null);
    }

    /** The elapsed share of [start, target], in whole percent, 0 before the start and 100 from the target on. */
    static int expectedProgress(LocalDate startedOn, LocalDate targetDate, LocalDate today) {
        long total = ChronoUnit.DAYS.between(startedOn, targetDate);
        if (total <= 0 || !today.isBefore(targetDate)) {
            return DONE;
        }
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(startedOn, today));
        return (int) Math.round(100.0 * elapsed / total);
    }

    /**
     * Points gained per day from the window's first day (or the start, when later) to today, four decimals; null
     * when nothing was gained. The progress on the window's first day is read off the line through the changes.
     */
    static BigDecimal velocity(LocalDate startedOn, int progress, List<ProgressPoint> history, LocalDate today) {
        LocalDate windowStart = today.minusDays(VELOCITY_WINDOW_DAYS);
        LocalDate from = startedOn.isAfter(windowStart) ? startedOn : windowStart;
        long days = ChronoUnit.DAYS.between(from, today);
        if (days <= 0) {
            return null;
        }
        // the progress on `from` is before + (after - before) * k / n: kept as a fraction so the pace is exact
        List<ProgressPoint> line = line(startedOn, history);
        ProgressPoint before = line.getFirst();
        ProgressPoint after = null;
        for (ProgressPoint point : line) {
            if (point.date().isAfter(from)) {
                after = point;
                break;
            }
            before = point;
        }
        long n = after == null ? 1 : ChronoUnit.DAYS.between(before.date(), after.date());
        long k = after == null ? 0 : ChronoUnit.DAYS.between(before.date(), from);
        long rise = after == null ? 0 : after.progress() - before.progress();
        long gainedTimesN = (long) (progress - before.progress()) * n - rise * k;
        if (gainedTimesN <= 0) {
            return null;
        }
        return BigDecimal.valueOf(gainedTimesN).divide(BigDecimal.valueOf(n * days), 4, RoundingMode.HALF_UP);
    }

    /** 0 on the start day, then each day's last change (changes dated before the start count on it). */
    private static List<ProgressPoint> line(LocalDate startedOn, List<ProgressPoint> history) {
        List<ProgressPoint> line = new ArrayList<>();
        line.add(new ProgressPoint(startedOn, 0));
        for (ProgressPoint point : history) {
            LocalDate date = point.date().isBefore(startedOn) ? startedOn : point.date();
            if (line.getLast().date().equals(date)) {
                line.removeLast();
            }
            line.add(new ProgressPoint(date, point.progress()));
        }
        return line;
    }

    /** How many changes moved the progress (up or down) from where it stood; a note alone is no change. */
    static int changes(List<ProgressPoint> history) {
        int changes = 0;
        int previous = 0;
        for (ProgressPoint point : history) {
            if (point.progress() != previous) {
                changes++;
            }
            previous = point.progress();
        }
        return changes;
    }

    /** The day the goal last reached 100 (today when the history does not say). */
    private static LocalDate doneOn(List<ProgressPoint> history, LocalDate today) {
        LocalDate reached = today;
        int previous = 0;
        for (ProgressPoint point : history) {
            if (point.progress() >= DONE && previous < DONE) {
                reached = point.date();
            }
            previous = point.progress();
        }
        return reached;
    }
}
