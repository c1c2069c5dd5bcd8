package com.lifeos.query.insight;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.lifeos.api.habit.HabitFrequency;

/**
 * What LifeOS knows about a person for advice, as aggregates of the read models: scores, rates, streaks, trends
 * and the titles of their own goals and habits. It is exactly what is sent to the model (as JSON, returned with
 * the answer as {@code sent_context}) and what the rules judge by. Private free text — journal content, contact
 * names — is only in {@code privateText}, and only when the person turned {@code ai_share_private_text} on.
 */
public record LifeSummary(LocalDate today, boolean privateTextShared, Balance balance, Productivity productivity,
                          List<Trend> trends, List<Goal> activeGoals, List<Habit> activeHabits, Finance finance,
                          List<Health> health, Learning learning, Relationships relationships, Journal journal,
                          List<String> acceptedSuggestions, PrivateTexts privateText) {

    /**
     * The dashboard's area scores (0–100, null = nothing to judge by) over the last 30 days, and their balance.
     * {@code lifeBalance}, {@code strongestArea} and {@code weakestArea} are null until two areas have a score
     * (the latter two also while all scored areas score the same).
     */
    public record Balance(Integer lifeBalance, Map<String, Integer> areaScores, String strongestArea,
                          String weakestArea) {
    }

    /**
     * The dashboard's daily productivity score averaged over the last 7 days ({@code averageLastWeek}) and the 7
     * before, and when tracked work scores best (last 30 days).
     */
    public record Productivity(Integer averageLastWeek, Integer averageWeekBefore, String direction,
                               Integer mostProductiveHour, Integer leastProductiveHour,
                               DayOfWeek mostProductiveWeekday) {
    }

    /** A measure moving {@code up}, {@code down} or {@code flat} ({@code changePercent} within ±5) over {@code period}. */
    public record Trend(String area, String measure, String direction, BigDecimal from, BigDecimal to,
                        BigDecimal changePercent, String period) {
    }

    /** {@code state}: on_track, behind, overdue or unscheduled. */
    public record Goal(String title, String category, int progress, LocalDate targetDate, Integer expectedProgress,
                       String state) {
    }

    /** {@code completionRateLastMonth}: due periods met over the last 30 days, in percent (null when none were due). */
    public record Habit(String title, String category, HabitFrequency frequency, Integer targetPerWeek,
                        int currentStreak, BigDecimal completionRateLastMonth) {
    }

    public record Finance(String month, String currency, BigDecimal income, BigDecimal expenses,
                          List<Budget> budgets) {
    }

    public record Budget(String category, BigDecimal percentUsed, String status) {
    }

    public record Health(String metricType, String unit, BigDecimal sevenDayAverage, BigDecimal thirtyDayAverage,
                         int daysLoggedLastThirty) {
    }

    /**
     * "Last four weeks" is the current week to date (today included) and the three whole weeks before it, from
     * {@code lastFourWeeksFrom}; {@code aimMinutesLastFourWeeks} is the weekly aim scaled to that window's days.
     */
    public record Learning(int weeklyAimMinutes, long minutesThisWeek, LocalDate lastFourWeeksFrom,
                           long minutesLastFourWeeks, long aimMinutesLastFourWeeks, int currentStreakDays) {
    }

    /** Contacts whose next contact date is past ({@code overdue}) or within the next 7 days. */
    public record Relationships(int overdue, int dueWithinSevenDays) {
    }

    /** Entries of the same four weeks as {@link Learning}'s, today included. */
    public record Journal(int entriesLastFourWeeks, BigDecimal averageMoodLastFourWeeks) {
    }

    /**
     * Sent only with {@code ai_share_private_text} on: the last two weeks' latest entries (shortened) — whatever
     * their {@code is_private} flag, which defaults to true and so would leave nothing to share — and the names of
     * overdue contacts. Notes are never sent.
     */
    public record PrivateTexts(List<String> recentJournalEntries, List<String> overdueContactNames) {
    }
}
