package com.lifeos.projection.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.lifeos.api.account.AccountPasswordResetEvent;
import com.lifeos.api.account.AccountProfileUpdatedEvent;
import com.lifeos.api.account.AccountRegisteredEvent;
import com.lifeos.api.account.AccountSettingChangedEvent;
import com.lifeos.api.shared.Texts;
import com.lifeos.api.account.AccountSettingRemovedEvent;
import com.lifeos.api.account.AccountSettingsChangedEvent;
import com.lifeos.api.finance.BudgetRemovedEvent;
import com.lifeos.api.finance.BudgetSetEvent;
import com.lifeos.api.finance.FinancialRecordChangedEvent;
import com.lifeos.api.finance.FinancialRecordCreatedEvent;
import com.lifeos.api.finance.FinancialRecordDeletedEvent;
import com.lifeos.api.finance.FinancialRecordType;
import com.lifeos.api.goal.GoalChangedEvent;
import com.lifeos.api.goal.GoalCompletedEvent;
import com.lifeos.api.goal.GoalCreatedEvent;
import com.lifeos.api.goal.GoalDeletedEvent;
import com.lifeos.api.goal.GoalProgressUpdatedEvent;
import com.lifeos.api.goal.GoalReopenedEvent;
import com.lifeos.api.goal.GoalStatusChangedEvent;
import com.lifeos.api.habit.HabitChangedEvent;
import com.lifeos.api.habit.HabitCheckInUndoneEvent;
import com.lifeos.api.habit.HabitCheckedInEvent;
import com.lifeos.api.habit.HabitCreatedEvent;
import com.lifeos.api.habit.HabitDeletedEvent;
import com.lifeos.api.health.HealthMetricChangedEvent;
import com.lifeos.api.health.HealthMetricDeletedEvent;
import com.lifeos.api.health.HealthMetricRecordedEvent;
import com.lifeos.api.journal.JournalEntryChangedEvent;
import com.lifeos.api.journal.JournalEntryDeletedEvent;
import com.lifeos.api.journal.JournalEntryWrittenEvent;
import com.lifeos.api.learning.LearningSessionChangedEvent;
import com.lifeos.api.learning.LearningSessionDeletedEvent;
import com.lifeos.api.learning.LearningSessionLoggedEvent;
import com.lifeos.api.project.ProjectChangedEvent;
import com.lifeos.api.project.ProjectCompletedEvent;
import com.lifeos.api.project.ProjectCreatedEvent;
import com.lifeos.api.project.ProjectDeletedEvent;
import com.lifeos.api.project.ProjectLinkedToGoalEvent;
import com.lifeos.api.project.ProjectProgressUpdatedEvent;
import com.lifeos.api.project.ProjectReopenedEvent;
import com.lifeos.api.project.ProjectStatusChangedEvent;
import com.lifeos.api.project.ProjectUnlinkedFromGoalEvent;
import com.lifeos.api.relationship.RelationshipChangedEvent;
import com.lifeos.api.relationship.RelationshipCreatedEvent;
import com.lifeos.api.relationship.RelationshipDeletedEvent;
import com.lifeos.api.relationship.RelationshipInteractionRecordedEvent;
import com.lifeos.api.relationship.RelationshipLastContactCorrectedEvent;
import com.lifeos.api.relationship.RelationshipNextContactPlannedEvent;
import com.lifeos.api.time.TimeEntryChangedEvent;
import com.lifeos.api.time.TimeEntryCreatedEvent;
import com.lifeos.api.time.TimeEntryDeletedEvent;

/**
 * Each fact a person records, told as one sentence for their recent activity ("Checked in 'Read 20 pages'").
 * Facts that name something by id only (a check-in, a progress update) take its title from the dashboard's own
 * subjects, as it was when the fact happened. Facts that are not the person's own doing (an auditor's read, an
 * erasure) have no sentence.
 */
final class Sentences {

    private static final String SUBJECT = ActivityRow.SUBJECT;

    private final Function<UUID, Optional<SubjectRow>> subjects;

    Sentences(Function<UUID, Optional<SubjectRow>> subjects) {
        this.subjects = subjects;
    }

    /** {@code at} is when the fact was recorded: a date other than that day in its zone is named ("for 2026-11-24"). */
    Optional<Sentence> of(Object event, Instant at) {
        return Optional.ofNullable(switch (event) {
            case HabitCreatedEvent e -> habit(e.habitId(), "Started the habit " + quoted(e.definition().title()));
            case HabitChangedEvent e -> habit(e.habitId(), "Changed the habit " + quoted(e.definition().title()));
            case HabitCheckedInEvent e -> habit(e.habitId(), "Checked in " + title(e.habitId())
                    + onAnotherDay(e.date(), e.zone(), at, " for "));
            case HabitCheckInUndoneEvent e -> habit(e.habitId(),
                    "Undid the check-in of " + title(e.habitId()) + " on " + e.date());
            case HabitDeletedEvent e -> habit(e.habitId(), "Deleted the habit " + title(e.habitId()));
            case GoalCreatedEvent e -> goal(e.goalId(), "Set the goal " + quoted(e.title()));
            case GoalChangedEvent e -> goal(e.goalId(), "Changed the goal " + quoted(e.title()));
            case GoalProgressUpdatedEvent e -> goal(e.goalId(),
                    "Moved the goal " + title(e.goalId()) + " to " + e.progress() + " %");
            case GoalStatusChangedEvent e -> goal(e.goalId(),
                    statusVerb(e.status().name()) + " the goal " + title(e.goalId()));
            case GoalCompletedEvent e -> goal(e.goalId(), "Completed the goal " + title(e.goalId()));
            case GoalReopenedEvent e -> goal(e.goalId(), "Reopened the goal " + title(e.goalId()));
            case GoalDeletedEvent e -> goal(e.goalId(), "Deleted the goal " + title(e.goalId()));
            case ProjectCreatedEvent e -> project(e.projectId(), "Started the project " + quoted(e.title()));
            case ProjectChangedEvent e -> project(e.projectId(), "Changed the project " + quoted(e.title()));
            case ProjectProgressUpdatedEvent e -> project(e.projectId(),
                    "Moved the project " + title(e.projectId()) + " to " + e.progress() + " %");
            case ProjectStatusChangedEvent e -> project(e.projectId(),
                    statusVerb(e.status().name()) + " the project " + title(e.projectId()));
            case ProjectCompletedEvent e -> project(e.projectId(), "Completed the project " + title(e.projectId()));
            case ProjectReopenedEvent e -> project(e.projectId(), "Reopened the project " + title(e.projectId()));
            case ProjectDeletedEvent e -> project(e.projectId(), "Deleted the project " + title(e.projectId()));
            case ProjectLinkedToGoalEvent e -> project(e.projectId(),
                    "Linked the project " + title(e.projectId()) + " to the goal " + title(e.goalId()));
            case ProjectUnlinkedFromGoalEvent e -> project(e.projectId(),
                    "Unlinked the project " + title(e.projectId()) + " from the goal " + title(e.goalId()));
            case RelationshipCreatedEvent e -> Sentence.naming(Areas.RELATIONSHIPS, e.relationshipId(),
                    "Added " + SUBJECT + " to your contacts", e.details().contactName().value());
            case RelationshipChangedEvent e -> Sentence.naming(Areas.RELATIONSHIPS, e.relationshipId(),
                    "Updated the contact " + SUBJECT, e.details().contactName().value());
            case RelationshipInteractionRecordedEvent e -> contact(e.relationshipId(), interaction(e.kind())
                    + " " + SUBJECT + onAnotherDay(e.date(), e.zone(), at, " on "));
            case RelationshipLastContactCorrectedEvent e -> contact(e.relationshipId(),
                    "Set the last contact with " + SUBJECT + " to " + e.lastContactDate());
            case RelationshipNextContactPlannedEvent e -> contact(e.relationshipId(),
                    "Planned to contact " + SUBJECT + (e.nextContactDate() == null ? " again"
                            : " on " + e.nextContactDate()));
            case RelationshipDeletedEvent e -> contact(e.relationshipId(), "Removed " + SUBJECT + " from your contacts");
            case LearningSessionLoggedEvent e -> Sentence.of(Areas.LEARNING, e.sessionId(), "Studied "
                    + quoted(e.details().courseName()) + " for " + minutes(e.details().durationMinutes())
                    + (e.details().platform() == null ? "" : " on " + e.details().platform()));
            case LearningSessionChangedEvent e -> Sentence.of(Areas.LEARNING, e.sessionId(),
                    "Changed a learning session of " + quoted(e.details().courseName()));
            case LearningSessionDeletedEvent e -> Sentence.of(Areas.LEARNING, e.sessionId(),
                    "Deleted a learning session");
            case FinancialRecordCreatedEvent e -> Sentence.of(Areas.FINANCE, e.recordId(),
                    (e.details().type() == FinancialRecordType.INCOME ? "Received " : "Spent ")
                            + money(e.details().amount(), e.details().currency())
                            + (e.details().type() == FinancialRecordType.INCOME ? " from " : " on ")
                            + e.details().category() + dated(e.details().date(), at));
            case FinancialRecordChangedEvent e -> Sentence.of(Areas.FINANCE, e.recordId(), "Changed "
                    + (e.details().type() == FinancialRecordType.INCOME ? "an income" : "an expense") + " of "
                    + money(e.details().amount(), e.details().currency()) + " (" + e.details().category() + ")");
            case FinancialRecordDeletedEvent e -> Sentence.of(Areas.FINANCE, e.recordId(),
                    "Deleted a financial record");
            case BudgetSetEvent e -> Sentence.of(Areas.FINANCE, e.budgetId(), "Set the " + e.category()
                    + " budget for " + e.month() + " to " + money(e.amount(), e.currency()));
            case BudgetRemovedEvent e -> Sentence.of(Areas.FINANCE, e.budgetId(), "Removed a budget");
            case HealthMetricRecordedEvent e -> Sentence.of(Areas.HEALTH, e.metricId(), "Logged "
                    + e.metricType().replace('_', ' ') + ": " + e.value().stripTrailingZeros().toPlainString()
                    + spokenUnit(e.unit()));
            case HealthMetricChangedEvent e -> Sentence.of(Areas.HEALTH, e.metricId(),
                    "Corrected a " + e.metricType().replace('_', ' ') + " reading");
            case HealthMetricDeletedEvent e -> Sentence.of(Areas.HEALTH, e.metricId(), "Deleted a health reading");
            case TimeEntryCreatedEvent e -> Sentence.of(Areas.TIME, e.entryId(), "Spent "
                    + minutes(e.durationMinutes()) + " on " + quoted(e.activity())
                    + onAnotherDay(e.date(), e.zone(), at, " on "));
            case TimeEntryChangedEvent e -> Sentence.of(Areas.TIME, e.entryId(),
                    "Changed the time entry " + quoted(e.activity()));
            case TimeEntryDeletedEvent e -> Sentence.of(Areas.TIME, e.entryId(), "Deleted a time entry");
            case JournalEntryWrittenEvent e -> Sentence.of(Areas.JOURNAL, e.entryId(), "Wrote in the journal"
                    + (e.details().mood() == null ? "" : ", feeling " + e.details().mood().name().toLowerCase(Locale.ROOT))
                    + onAnotherDay(e.details().entryDate(), e.zone(), at, " for "));
            case JournalEntryChangedEvent e -> Sentence.of(Areas.JOURNAL, e.entryId(),
                    "Edited the journal entry of " + e.details().entryDate());
            case JournalEntryDeletedEvent e -> Sentence.of(Areas.JOURNAL, e.entryId(), "Deleted a journal entry");
            case AccountRegisteredEvent e -> Sentence.of(Areas.ACCOUNT, e.userId(), "Joined LifeOS");
            case AccountSettingsChangedEvent e -> Sentence.of(Areas.ACCOUNT, e.userId(),
                    "Set the time zone to " + e.timezone().getId() + " and weeks to start on "
                            + capitalised(e.weekStart().name()));
            case AccountSettingChangedEvent e -> Sentence.of(Areas.ACCOUNT, e.userId(),
                    "Set " + e.key() + " to " + quoted(shortened(e.value())));
            case AccountSettingRemovedEvent e -> Sentence.of(Areas.ACCOUNT, e.userId(), "Cleared " + e.key());
            case AccountProfileUpdatedEvent e -> Sentence.of(Areas.ACCOUNT, e.userId(), "Updated the profile");
            case AccountPasswordResetEvent e -> Sentence.of(Areas.ACCOUNT, e.userId(), "Reset the password");
            default -> null;
        });
    }

    private Sentence habit(UUID id, String text) {
        return Sentence.of(Areas.HABITS, id, text);
    }

    private Sentence goal(UUID id, String text) {
        return Sentence.of(Areas.GOALS, id, text);
    }

    private Sentence project(UUID id, String text) {
        return Sentence.of(Areas.PROJECTS, id, text);
    }

    private Sentence contact(UUID id, String text) {
        return Sentence.naming(Areas.RELATIONSHIPS, id, text,
                subjects.apply(id).map(SubjectRow::sealedName).orElse(null));
    }

    /** The title the dashboard knows for the entity, quoted; a generic word when it never knew it. */
    String title(UUID id) {
        return subjects.apply(id).map(SubjectRow::title).map(Sentences::quoted).orElse("(unknown)");
    }

    static String quoted(String title) {
        return "'" + title + "'";
    }

    /** A preference may hold up to 2000 characters; its sentence must fit the activity row (600). */
    static String shortened(String value) {
        return value.length() <= Texts.TITLE_MAX ? value : value.substring(0, Texts.TITLE_MAX - 1) + "…";
    }

    private static String onAnotherDay(LocalDate date, String zone, Instant at, String preposition) {
        return date.equals(LocalDate.ofInstant(at, ZoneId.of(zone))) ? "" : preposition + date;
    }

    /**
     * Financial events carry no zone, so a record is called back-dated only when its date is more than a day from
     * the day it was recorded (in UTC): that never misnames today's record, whatever the zone.
     */
    private static String dated(LocalDate date, Instant at) {
        LocalDate recorded = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return Math.abs(ChronoUnit.DAYS.between(date, recorded)) <= 1 ? "" : ", dated " + date;
    }

    /** "9000 steps" needs no "count", nor "7" on a 1–10 scale a "score". */
    private static String spokenUnit(String unit) {
        return unit == null || unit.equals("count") || unit.equals("score") ? "" : " " + unit;
    }

    static String money(BigDecimal amount, String currency) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + currency;
    }

    static String minutes(long minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    private static String statusVerb(String status) {
        return switch (status) {
            case "ACTIVE" -> "Resumed";
            case "PAUSED", "ON_HOLD" -> "Paused";
            case "COMPLETED" -> "Completed";
            case "ABANDONED" -> "Abandoned";
            case "CANCELLED" -> "Cancelled";
            default -> "Changed the status of";
        };
    }

    private static String interaction(String kind) {
        if (kind == null || kind.isBlank()) {
            return "Was in touch with";
        }
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "call" -> "Called";
            case "message", "text" -> "Messaged";
            case "meet", "meeting", "visit" -> "Met";
            case "email" -> "E-mailed";
            default -> "Was in touch (" + kind + ") with";
        };
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
