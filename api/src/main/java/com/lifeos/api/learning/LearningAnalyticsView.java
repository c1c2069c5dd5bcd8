package com.lifeos.api.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Learning between {@code from} and {@code to}: minutes and sessions in total, per week (weeks begin on the
 * user's week start; every week touching the range is listed, the first may begin before it) and per platform
 * (a null platform gathers the sessions that named none); the average session length in minutes (one decimal,
 * null without sessions). The streaks count days with any session up to the user's today, whatever the range.
 */
public record LearningAnalyticsView(LocalDate from, LocalDate to, long totalMinutes, int sessions,
                                    BigDecimal averageSessionMinutes, int currentStreakDays, int longestStreakDays,
                                    List<WeekMinutes> minutesPerWeek, List<PlatformMinutes> minutesPerPlatform) {

    public record WeekMinutes(LocalDate weekStart, long minutes, int sessions) {
    }

    public record PlatformMinutes(String platform, long minutes, int sessions) {
    }
}
