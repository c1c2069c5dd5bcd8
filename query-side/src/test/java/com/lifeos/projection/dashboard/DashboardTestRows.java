package com.lifeos.projection.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Dashboard rows for the query side's unit tests, built as the boards build them; it lives in the rows' package
 * so the rows keep their setters to the projection.
 */
public final class DashboardTestRows {

    public static final UUID USER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private DashboardTestRows() {
    }

    public static SubjectRow habit(UUID id, String title, HabitState state, String frequency, Integer targetPerWeek,
                                   String days, Instant createdAt) {
        return new SubjectRow(id, USER, Areas.HABITS, "habit", 1, createdAt).title(title).status(state)
                .rhythm(frequency, targetPerWeek, days);
    }

    public static SubjectRow goal(UUID id, String title, GoalState state, int progress, LocalDate start,
                                  LocalDate due, Instant createdAt) {
        return new SubjectRow(id, USER, Areas.GOALS, "goal", 1, createdAt).title(title).status(state)
                .progress(progress).startDate(start).dueDate(due);
    }

    public static SubjectRow project(UUID id, String title, ProjectState state, int progress, LocalDate due) {
        return new SubjectRow(id, USER, Areas.PROJECTS, "project", 1, Instant.EPOCH).title(title).status(state)
                .progress(progress).dueDate(due);
    }

    public static SubjectRow budget(String category, LocalDate month, String amount, String currency) {
        return new SubjectRow(UUID.randomUUID(), USER, Areas.FINANCE, "budget", 1, Instant.EPOCH).label(category)
                .amount(new BigDecimal(amount), currency, null).startDate(month).status(BudgetState.ACTIVE);
    }

    public static SubjectRow contact(UUID id, LocalDate last, Integer everyDays, LocalDate planned) {
        return new SubjectRow(id, USER, Areas.RELATIONSHIPS, "contact", 1, Instant.EPOCH).sealedName("v1.sealed")
                .startDate(last).everyDays(everyDays).dueDate(planned).status(ContactState.ACTIVE);
    }

    /** The latest fact of a kind, as the health and journal boards show it. */
    public static SubjectRow latest(FactRow fact, String title) {
        SubjectRow row = new SubjectRow(UUID.randomUUID(), USER, fact.area(), "latest", 0, fact.occurredAt());
        row.latest(fact, title);
        return row;
    }

    public static SubjectRow deleted(SubjectRow row) {
        row.markDeleted();
        return row;
    }

    public static FactRow fact(String area, String kind, UUID subjectId, LocalDate date, String amount) {
        return new FactRow(UUID.randomUUID(), USER, area, subjectId, 1, Instant.EPOCH).kind(kind)
                .on(date, date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))
                .amount(amount == null ? null : new BigDecimal(amount));
    }

    public static FactRow weighted(FactRow fact, String weight) {
        return fact.weight(new BigDecimal(weight));
    }

    public static FactRow labelled(FactRow fact, String label, String currency, String unit) {
        return fact.label(label).amount(fact.amount(), currency, unit);
    }
}
