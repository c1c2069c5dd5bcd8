package com.lifeos.query.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where an active goal with a target date stands against time: the progress expected by today (the
 * elapsed share of the days from creation to target), whether it is on track, behind (more than
 * {@value #BEHIND_MARGIN} points below expected) or overdue, and when it will reach 100 % at the pace
 * of the last {@value #VELOCITY_WINDOW_DAYS} days (none when it has not moved forward in that time).
 */
public final class GoalSchedule {

    public static final int BEHIND_MARGIN = 10;
    public static final int VELOCITY_WINDOW_DAYS = 30;
    private static final int DONE = 100;

    private GoalSchedule() {
    }

    public record Judgement(int expectedProgress, String state, BigDecimal velocityPerDay,
                            LocalDate projectedCompletionDate) {
    }

    /** {@code history} is the goal's progress changes, oldest first; a goal starts at 0 on {@code createdOn}. */
    public static Judgement judge(LocalDate createdOn, LocalDate targetDate, int progress, List<ProgressPoint> history,
                                  LocalDate today) {
        int expected = expectedProgress(createdOn, targetDate, today);
        String state;
        if (today.isAfter(targetDate) && progress < DONE) {
            state = "overdue";
        } else if (progress < expected - BEHIND_MARGIN) {
            state = "behind";
        } else {
            state = "on_track";
        }
        BigDecimal velocity = velocity(createdOn, progress, history, today);
        LocalDate projected = null;
        if (velocity != null && progress < DONE) {
            long days = BigDecimal.valueOf(DONE - progress).divide(velocity, 0, RoundingMode.CEILING).longValue();
            projected = today.plusDays(days);
        } else if (progress >= DONE) {
            projected = today;
        }
        return new Judgement(expected, state, velocity, projected);
    }

    /** The elapsed share of [created, target], in whole percent, 0 before creation and 100 from the target on. */
    static int expectedProgress(LocalDate createdOn, LocalDate targetDate, LocalDate today) {
        long total = ChronoUnit.DAYS.between(createdOn, targetDate);
        if (total <= 0 || !today.isBefore(targetDate)) {
            return DONE;
        }
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(createdOn, today));
        return (int) Math.round(100.0 * elapsed / total);
    }

    /** Points gained per day over the window (or since creation when younger, starting from 0); null when not positive. */
    static BigDecimal velocity(LocalDate createdOn, int progress, List<ProgressPoint> history, LocalDate today) {
        LocalDate windowStart = today.minusDays(VELOCITY_WINDOW_DAYS);
        LocalDate from = createdOn.isAfter(windowStart) ? createdOn : windowStart;
        int baseline = 0;
        for (ProgressPoint point : history) {
            if (!point.date().isBefore(from)) {
                break;
            }
            baseline = point.progress();
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(from, today));
        int gained = progress - baseline;
        if (gained <= 0) {
            return null;
        }
        return BigDecimal.valueOf(gained).divide(BigDecimal.valueOf(days), 4, RoundingMode.HALF_UP);
    }
}
