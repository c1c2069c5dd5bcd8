package com.lifeos.api.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;

/** Today's picture of every life area, as judged in the user's own zone. */
public record DashboardOverviewView(LocalDate today, Habits habits, Goals goals, Projects projects, Finance finance,
                                    List<HealthValue> health, Learning learning, Contacts relationships, Time time,
                                    Journal journal) {

    /** Habits due today (a weekly habit is due while its week's target is not met) and whether each is done. */
    public record Habits(int due, int done, List<HabitToday> items) {
    }

    public record HabitToday(UUID habitId, String title, String frequency, boolean doneToday, Integer doneThisWeek,
                             Integer targetPerWeek) {
    }

    /** Active goals; {@code state} is on_track, behind, overdue, or unscheduled (no target date). */
    public record Goals(int active, int behind, List<GoalToday> items) {
    }

    public record GoalToday(UUID goalId, String title, int progress, LocalDate targetDate, Integer expectedProgress,
                            String state) {
    }

    public record Projects(int active, int overdue, List<ProjectToday> items) {
    }

    public record ProjectToday(UUID projectId, String title, int progress, LocalDate dueDate, boolean overdue) {
    }

    /** This month in the user's currency; budgets at or over 80 % of their limit. */
    public record Finance(String month, String currency, BigDecimal income, BigDecimal expenses, BigDecimal net,
                          List<BudgetAlert> budgets) {
    }

    public record BudgetAlert(String category, BigDecimal limit, BigDecimal spent, BigDecimal percentUsed,
                              String status) {
    }

    public record HealthValue(String metricType, BigDecimal value, String unit, Instant recordedAt) {
    }

    public record Learning(LocalDate weekStart, long minutes, int sessions) {
    }

    /** Contacts whose next contact date is today or past; names stay sealed until the owner's edge opens them. */
    public record Contacts(int due, List<ContactDue> items) {
    }

    /**
     * A contact due today ({@code daysUntil} 0, {@code daysOverdue} null) or overdue ({@code daysOverdue} 1 or
     * more, {@code daysUntil} null).
     */
    public record ContactDue(UUID relationshipId, SealedText contactName, LocalDate nextContactDate,
                             Long daysOverdue, Long daysUntil) {

        public boolean overdue() {
            return daysOverdue != null;
        }
    }

    public record Time(long minutes, int entries) {
    }

    public record Journal(LocalDate lastEntryDate, String lastMood, Long daysSinceLastEntry) {
    }
}
