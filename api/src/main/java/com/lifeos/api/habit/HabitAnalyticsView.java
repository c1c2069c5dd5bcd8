package com.lifeos.api.habit;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Completion over a date range: a rate is met due periods over due periods (null when nothing was due),
 * plus check-ins per day and by weekday, for each habit and for all of them together.
 */
public record HabitAnalyticsView(LocalDate from, LocalDate to, Overall overall, List<PerHabit> habits) {

    public record Overall(int duePeriods, int metPeriods, BigDecimal completionRate, int totalCheckins,
                          List<DailyCount> checkinsPerDay, Map<DayOfWeek, Integer> checkinsByWeekday) {
    }

    public record PerHabit(UUID habitId, String title, HabitFrequency frequency, int duePeriods, int metPeriods,
                           BigDecimal completionRate, int totalCheckins, List<DailyCount> checkinsPerDay,
                           Map<DayOfWeek, Integer> checkinsByWeekday) {
    }

    public record DailyCount(LocalDate date, int count) {
    }
}
