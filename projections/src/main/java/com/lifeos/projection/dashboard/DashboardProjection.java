package com.lifeos.projection.dashboard;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.lifeos.api.account.AccountErasedEvent;
import com.lifeos.api.finance.BudgetRemovedEvent;
import com.lifeos.api.finance.BudgetSetEvent;
import com.lifeos.api.finance.FinancialRecordChangedEvent;
import com.lifeos.api.finance.FinancialRecordCreatedEvent;
import com.lifeos.api.finance.FinancialRecordDeletedEvent;
import com.lifeos.api.finance.FinancialRecordDetails;
import com.lifeos.api.goal.GoalChangedEvent;
import com.lifeos.api.goal.GoalCompletedEvent;
import com.lifeos.api.goal.GoalCreatedEvent;
import com.lifeos.api.goal.GoalDeletedEvent;
import com.lifeos.api.goal.GoalProgressUpdatedEvent;
import com.lifeos.api.goal.GoalReopenedEvent;
import com.lifeos.api.goal.GoalStatus;
import com.lifeos.api.goal.GoalStatusChangedEvent;
import com.lifeos.api.habit.HabitChangedEvent;
import com.lifeos.api.habit.HabitCheckInUndoneEvent;
import com.lifeos.api.habit.HabitCheckedInEvent;
import com.lifeos.api.habit.HabitCreatedEvent;
import com.lifeos.api.habit.HabitDefinition;
import com.lifeos.api.habit.HabitDeletedEvent;
import com.lifeos.api.health.HealthMetricChangedEvent;
import com.lifeos.api.health.HealthMetricDeletedEvent;
import com.lifeos.api.health.HealthMetricRecordedEvent;
import com.lifeos.api.journal.JournalEntryChangedEvent;
import com.lifeos.api.journal.JournalEntryDeletedEvent;
import com.lifeos.api.journal.JournalEntryDetails;
import com.lifeos.api.journal.JournalEntryWrittenEvent;
import com.lifeos.api.journal.JournalMood;
import com.lifeos.api.learning.LearningSessionChangedEvent;
import com.lifeos.api.learning.LearningSessionDeletedEvent;
import com.lifeos.api.learning.LearningSessionDetails;
import com.lifeos.api.learning.LearningSessionLoggedEvent;
import com.lifeos.api.project.ProjectChangedEvent;
import com.lifeos.api.project.ProjectCompletedEvent;
import com.lifeos.api.project.ProjectCreatedEvent;
import com.lifeos.api.project.ProjectDeletedEvent;
import com.lifeos.api.project.ProjectProgressUpdatedEvent;
import com.lifeos.api.project.ProjectReopenedEvent;
import com.lifeos.api.project.ProjectStatus;
import com.lifeos.api.project.ProjectStatusChangedEvent;
import com.lifeos.api.relationship.RelationshipChangedEvent;
import com.lifeos.api.relationship.RelationshipCreatedEvent;
import com.lifeos.api.relationship.RelationshipDeletedEvent;
import com.lifeos.api.relationship.RelationshipDetails;
import com.lifeos.api.relationship.RelationshipInteractionRecordedEvent;
import com.lifeos.api.relationship.RelationshipLastContactCorrectedEvent;
import com.lifeos.api.relationship.RelationshipNextContactPlannedEvent;
import com.lifeos.api.time.TimeEntryChangedEvent;
import com.lifeos.api.time.TimeEntryCreatedEvent;
import com.lifeos.api.time.TimeEntryDeletedEvent;
import com.lifeos.projection.shared.RowAppends;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * The dashboard's own read model, kept by every feature's events: the current state of each thing it shows
 * (subjects) and every dated fact it counts (facts). It never reads another feature's tables, so it can be
 * replayed on its own. A deleted habit, goal, project or contact stays as a subject marked {@value #DELETED},
 * so the activity feed can still name it; its facts are removed and it is shown nowhere else.
 */
@Component
@ProcessingGroup(DashboardProjection.GROUP)
class DashboardProjection {

    static final String GROUP = "dashboard";
    static final String DELETED = "deleted";
    static final String JOURNAL_ENTRY = "entry";

    private final SubjectRows subjects;
    private final FactRows facts;
    private final ActivityRows activity;
    private final RowAppends appends;

    DashboardProjection(SubjectRows subjects, FactRows facts, ActivityRows activity, RowAppends appends) {
        this.subjects = subjects;
        this.facts = facts;
        this.activity = activity;
        this.appends = appends;
    }

    // habits

    @EventHandler
    void on(HabitCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        create(event.habitId(), event.userId(), Areas.HABITS, "habit", sequence, at,
                row -> habit(row, event.definition()));
    }

    @EventHandler
    void on(HabitChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.habitId(), event.userId(), sequence, at, row -> habit(row, event.definition()));
    }

    /** A back-filled check-in before the habit was created shows it was kept before: it is active since then. */
    @EventHandler
    void on(HabitCheckedInEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.habitId(), event.userId(), sequence, at, row -> {
            if (row.startDate() == null || event.date().isBefore(row.startDate())) {
                row.startDate(event.date());
            }
        });
        facts.insertIfAbsent(new FactRow(event.checkInId(), event.userId(), Areas.HABITS, event.habitId(), sequence, at)
                .kind("check_in").on(event.date(), at).amount(BigDecimal.ONE));
    }

    @EventHandler
    void on(HabitCheckInUndoneEvent event) {
        facts.findOwned(event.checkInId(), event.userId()).ifPresent(facts::delete);
    }

    @EventHandler
    void on(HabitDeletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        delete(event.habitId(), event.userId(), sequence, at);
    }

    private static void habit(SubjectRow row, HabitDefinition definition) {
        String days = definition.daysOfWeek().stream().map(DayOfWeek::name).sorted()
                .collect(Collectors.joining(","));
        row.title(definition.title()).label(definition.category())
                .status(definition.active() ? "active" : "inactive")
                .rhythm(definition.frequency().name(), definition.targetPerWeek(), days.isEmpty() ? null : days);
    }

    // goals

    @EventHandler
    void on(GoalCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        create(event.goalId(), event.userId(), Areas.GOALS, "goal", sequence, at,
                row -> row.title(event.title()).label(event.category()).startDate(event.startDate())
                        .dueDate(event.targetDate()).status(GoalStatus.ACTIVE.name()).progress(0));
    }

    @EventHandler
    void on(GoalChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.goalId(), event.userId(), sequence, at,
                row -> row.title(event.title()).label(event.category()).startDate(event.startDate())
                        .dueDate(event.targetDate()));
    }

    @EventHandler
    void on(GoalProgressUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.goalId(), event.userId(), sequence, at, row -> row.progress(event.progress()));
    }

    @EventHandler
    void on(GoalStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.goalId(), event.userId(), sequence, at, row -> row.status(event.status().name()));
    }

    @EventHandler
    void on(GoalCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.goalId(), event.userId(), sequence, at, row -> row.status(GoalStatus.COMPLETED.name()));
    }

    @EventHandler
    void on(GoalReopenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.goalId(), event.userId(), sequence, at, row -> row.status(GoalStatus.ACTIVE.name()));
    }

    @EventHandler
    void on(GoalDeletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        delete(event.goalId(), event.userId(), sequence, at);
    }

    // projects

    @EventHandler
    void on(ProjectCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        create(event.projectId(), event.userId(), Areas.PROJECTS, "project", sequence, at,
                row -> row.title(event.title()).dueDate(event.dueDate()).status(ProjectStatus.ACTIVE.name())
                        .progress(0));
    }

    @EventHandler
    void on(ProjectChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), event.userId(), sequence, at,
                row -> row.title(event.title()).dueDate(event.dueDate()));
    }

    @EventHandler
    void on(ProjectProgressUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), event.userId(), sequence, at, row -> row.progress(event.progress()));
    }

    @EventHandler
    void on(ProjectStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), event.userId(), sequence, at, row -> row.status(event.status().name()));
    }

    @EventHandler
    void on(ProjectCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), event.userId(), sequence, at, row -> row.status(ProjectStatus.COMPLETED.name()));
    }

    @EventHandler
    void on(ProjectReopenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), event.userId(), sequence, at, row -> row.status(ProjectStatus.ACTIVE.name()));
    }

    @EventHandler
    void on(ProjectDeletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        delete(event.projectId(), event.userId(), sequence, at);
    }

    // relationships: the next date is derived when read, as the relationships feature does

    @EventHandler
    void on(RelationshipCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        create(event.relationshipId(), event.userId(), Areas.RELATIONSHIPS, "contact", sequence, at,
                row -> contact(row, event.details()).startDate(event.lastContactDate())
                        .dueDate(event.nextContactDate()).status("active"));
    }

    @EventHandler
    void on(RelationshipChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.relationshipId(), event.userId(), sequence, at, row -> contact(row, event.details()));
    }

    @EventHandler
    void on(RelationshipLastContactCorrectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.relationshipId(), event.userId(), sequence, at, row -> row.startDate(event.lastContactDate()));
    }

    @EventHandler
    void on(RelationshipNextContactPlannedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.relationshipId(), event.userId(), sequence, at, row -> row.dueDate(event.nextContactDate()));
    }

    /** A contact on or after the last one moves the last date and fulfils any plan, as in the relationships view. */
    @EventHandler
    void on(RelationshipInteractionRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.relationshipId(), event.userId(), sequence, at, row -> {
            if (row.startDate() == null || !event.date().isBefore(row.startDate())) {
                row.startDate(event.date()).dueDate(null);
            }
        });
        facts.insertIfAbsent(new FactRow(event.interactionId(), event.userId(), Areas.RELATIONSHIPS,
                event.relationshipId(), sequence, at).kind("interaction").on(event.date(), at)
                .amount(BigDecimal.ONE).label(event.kind()));
    }

    @EventHandler
    void on(RelationshipDeletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        delete(event.relationshipId(), event.userId(), sequence, at);
    }

    private static SubjectRow contact(SubjectRow row, RelationshipDetails details) {
        return row.sealedName(details.contactName().value()).label(details.relationshipType())
                .everyDays(details.contactEveryDays());
    }

    // learning

    @EventHandler
    void on(LearningSessionLoggedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        fact(event.sessionId(), event.userId(), Areas.LEARNING, null, sequence, at,
                row -> learning(row, event.details(), at));
    }

    @EventHandler
    void on(LearningSessionChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        fact(event.sessionId(), event.userId(), Areas.LEARNING, null, sequence, at,
                row -> learning(row, event.details(), row.occurredAt()));
    }

    @EventHandler
    void on(LearningSessionDeletedEvent event) {
        facts.findOwned(event.sessionId(), event.userId()).ifPresent(facts::delete);
    }

    private static void learning(FactRow row, LearningSessionDetails details, Instant at) {
        row.kind("session").on(details.sessionDate(), at).amount(BigDecimal.valueOf(details.durationMinutes()))
                .weight(details.progressPercentage() == null ? null : BigDecimal.valueOf(details.progressPercentage()))
                .label(details.platform());
    }

    // finance: every record is a fact; budgets are subjects

    @EventHandler
    void on(FinancialRecordCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        fact(event.recordId(), event.userId(), Areas.FINANCE, null, sequence, at,
                row -> money(row, event.details(), at));
    }

    @EventHandler
    void on(FinancialRecordChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        fact(event.recordId(), event.userId(), Areas.FINANCE, null, sequence, at,
                row -> money(row, event.details(), row.occurredAt()));
    }

    @EventHandler
    void on(FinancialRecordDeletedEvent event) {
        facts.findOwned(event.recordId(), event.userId()).ifPresent(facts::delete);
    }

    private static void money(FactRow row, FinancialRecordDetails details, Instant at) {
        row.kind(details.type().name().toLowerCase(Locale.ROOT)).on(details.date(), at).amount(details.amount())
                .currency(details.currency()).label(details.category());
    }

    /** A budget set again (after a removal too) is the same subject: one per category and month. */
    @EventHandler
    void on(BudgetSetEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Consumer<SubjectRow> budget = row -> row.label(event.category()).startDate(event.month().atDay(1))
                .amount(event.amount(), event.currency(), null).status("active");
        if (subjects.findOwned(event.budgetId(), event.userId()).isPresent()) {
            change(event.budgetId(), event.userId(), sequence, at, budget);
        } else {
            create(event.budgetId(), event.userId(), Areas.FINANCE, "budget", sequence, at, budget);
        }
    }

    @EventHandler
    void on(BudgetRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.budgetId(), event.userId(), sequence, at, row -> row.status(DELETED));
    }

    // health: every reading is a fact; the latest of each type is a subject

    @EventHandler
    void on(HealthMetricRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        FactRow fact = fact(event.metricId(), event.userId(), Areas.HEALTH, null, sequence, at,
                row -> row.kind(event.metricType()).on(event.date(), event.recordedAt()).amount(event.value())
                        .unit(event.unit()));
        latestAfterChange(fact, event.metricType(), at);
    }

    @EventHandler
    void on(HealthMetricChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Optional<String> typeBefore = facts.findOwned(event.metricId(), event.userId()).map(FactRow::kind);
        FactRow fact = fact(event.metricId(), event.userId(), Areas.HEALTH, null, sequence, at,
                row -> row.kind(event.metricType()).on(event.date(), event.recordedAt()).amount(event.value())
                        .unit(event.unit()));
        latestAfterChange(fact, event.metricType(), at);
        typeBefore.filter(type -> !type.equals(fact.kind()))
                .ifPresent(type -> latestAfterRemoval(fact.userId(), Areas.HEALTH, type, fact.id(), type, at));
    }

    @EventHandler
    void on(HealthMetricDeletedEvent event, @Timestamp Instant at) {
        facts.findOwned(event.metricId(), event.userId()).ifPresent(row -> {
            facts.delete(row);
            latestAfterRemoval(event.userId(), Areas.HEALTH, row.kind(), row.id(), row.kind(), at);
        });
    }

    // time: minutes on the entry's local date, weighted by its productivity score

    @EventHandler
    void on(TimeEntryCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        fact(event.entryId(), event.userId(), Areas.TIME, null, sequence, at, row -> time(row, event.category(),
                event.durationMinutes(), event.productivityScore(), event.date(), event.startTime(), at));
    }

    @EventHandler
    void on(TimeEntryChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        fact(event.entryId(), event.userId(), Areas.TIME, null, sequence, at, row -> time(row, event.category(),
                event.durationMinutes(), event.productivityScore(), event.date(), event.startTime(), at));
    }

    @EventHandler
    void on(TimeEntryDeletedEvent event) {
        facts.findOwned(event.entryId(), event.userId()).ifPresent(facts::delete);
    }

    private static void time(FactRow row, String category, int minutes, Integer score, LocalDate date, Instant start,
                             Instant at) {
        row.kind("entry").on(date, start != null ? start : at).amount(BigDecimal.valueOf(minutes))
                .weight(score == null ? null : BigDecimal.valueOf(score)).label(category);
    }

    // journal: the mood is scored 1 (awful) to 5 (great); the content never reaches the dashboard

    @EventHandler
    void on(JournalEntryWrittenEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        latestAfterChange(fact(event.entryId(), event.userId(), Areas.JOURNAL, null, sequence, at,
                row -> journal(row, event.details(), at)), "journal", at);
    }

    @EventHandler
    void on(JournalEntryChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        latestAfterChange(fact(event.entryId(), event.userId(), Areas.JOURNAL, null, sequence, at,
                row -> journal(row, event.details(), row.occurredAt())), "journal", at);
    }

    @EventHandler
    void on(JournalEntryDeletedEvent event, @Timestamp Instant at) {
        facts.findOwned(event.entryId(), event.userId()).ifPresent(row -> {
            facts.delete(row);
            latestAfterRemoval(event.userId(), Areas.JOURNAL, JOURNAL_ENTRY, row.id(), "journal", at);
        });
    }

    private static void journal(FactRow row, JournalEntryDetails details, Instant at) {
        JournalMood mood = details.mood();
        row.kind(JOURNAL_ENTRY).on(details.entryDate(), at)
                .amount(mood == null ? null : BigDecimal.valueOf(mood.ordinal() + 1L))
                .weight(BigDecimal.valueOf(details.contentLength()))
                .label(mood == null ? null : mood.name().toLowerCase(Locale.ROOT));
    }

    // the person

    @EventHandler
    void on(AccountErasedEvent event) {
        appends.flush();
        activity.deleteByUser(event.userId());
        facts.deleteByUser(event.userId());
        subjects.deleteByUser(event.userId());
    }

    @ResetHandler
    void reset() {
        activity.deleteAllInBatch();
        facts.deleteAllInBatch();
        subjects.deleteAllInBatch();
    }

    // shared steps

    private void create(UUID id, UUID userId, String area, String kind, long sequence, Instant at,
                        Consumer<SubjectRow> fill) {
        SubjectRow row = new SubjectRow(id, userId, area, kind, sequence, at);
        fill.accept(row);
        subjects.insertIfAbsent(row);
    }

    /**
     * Records a dated fact, or changes the one recorded before; its own stream's sequence guards both. An id whose
     * fact is someone else's (an old event that named another person's id) changes nothing and answers null.
     */
    private FactRow fact(UUID id, UUID userId, String area, UUID subjectId, long sequence, Instant at,
                         Consumer<FactRow> fill) {
        Optional<FactRow> recorded = facts.findById(id);
        if (recorded.isPresent()) {
            if (!recorded.get().userId().equals(userId)) {
                return null;
            }
            recorded.get().change(sequence, at, fill);
            return recorded.get();
        }
        FactRow row = new FactRow(id, userId, area, subjectId, sequence, at);
        fill.accept(row);
        facts.insert(row);
        return row;
    }

    /*
     * The subject that shows a user's latest fact of a kind (the last weight, the last journal entry) follows many
     * streams, so no one sequence guards it. It always shows the newest of the facts as LatestFacts orders them: a
     * fact added or changed takes its place when it is at least as new; only when the fact it shows changes or goes
     * is the newest looked up again among all of them.
     */

    private void latestAfterChange(FactRow fact, String title, Instant at) {
        if (fact == null) {
            return;
        }
        UUID id = LatestFacts.subjectId(fact.userId(), fact.area(), fact.kind());
        Optional<SubjectRow> shown = subjects.findById(id);
        if (shown.isPresent() && !shown.get().userId().equals(fact.userId())) {
            return;
        }
        if (shown.isEmpty()) {
            SubjectRow row = new SubjectRow(id, fact.userId(), fact.area(), "latest", 0, at);
            row.latest(fact, title);
            subjects.insert(row);
        } else if (fact.id().equals(shown.get().sourceId())) {
            latestLookedUp(shown.get(), fact.userId(), fact.area(), fact.kind(), title);
        } else if (LatestFacts.isAtLeastAsNew(fact, shown.get())) {
            shown.get().latest(fact, title);
        }
    }

    private void latestAfterRemoval(UUID userId, String area, String kind, UUID factId, String title, Instant at) {
        subjects.findOwned(LatestFacts.subjectId(userId, area, kind), userId)
                .filter(shown -> factId.equals(shown.sourceId()))
                .ifPresent(shown -> latestLookedUp(shown, userId, area, kind, title));
    }

    private void latestLookedUp(SubjectRow shown, UUID userId, String area, String kind, String title) {
        facts.findFirstByUserIdAndAreaAndKindOrderByFactDateDescOccurredAtDescIdDesc(userId, area, kind)
                .ifPresentOrElse(newest -> shown.latest(newest, title), () -> subjects.delete(shown));
    }

    private void change(UUID id, UUID userId, long sequence, Instant at, Consumer<SubjectRow> change) {
        subjects.findOwned(id, userId).ifPresent(row -> row.change(sequence, at, change));
    }

    private void delete(UUID id, UUID userId, long sequence, Instant at) {
        facts.deleteBySubject(id, userId);
        change(id, userId, sequence, at, row -> row.status(DELETED));
    }
}
