package com.lifeos.api.time;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * How productive the scored entries of {@code from}..{@code to} were: the mean score weighted by minutes, per local
 * hour of day (entries with times only) and per weekday (all scored entries), 2 decimals half-even, null without
 * data. The most and least productive hours are among hours with data (ties: the earliest); null without any.
 */
public record TimeProductivityView(LocalDate from, LocalDate to, List<HourScore> byHour, List<WeekdayScore> byWeekday,
                                   Integer mostProductiveHour, Integer leastProductiveHour) {

    public record HourScore(int hour, long minutes, BigDecimal averageScore) {
    }

    public record WeekdayScore(DayOfWeek weekday, long minutes, BigDecimal averageScore) {
    }
}
