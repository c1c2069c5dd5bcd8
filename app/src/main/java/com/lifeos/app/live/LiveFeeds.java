package com.lifeos.app.live;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.lifeos.api.finance.BudgetRemovedEvent;
import com.lifeos.api.finance.BudgetSetEvent;
import com.lifeos.api.finance.FinancialRecordChangedEvent;
import com.lifeos.api.finance.FinancialRecordCreatedEvent;
import com.lifeos.api.finance.FinancialRecordDeletedEvent;
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
import com.lifeos.api.shared.Owned;
import com.lifeos.app.security.Actor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * The one table of live updates: which processing group's progress a kind of event waits for, which update type
 * it becomes, and which REST read supplies its data. An update names its owner ({@link Owned}) and its entity: the
 * aggregate that applied the event. The dashboard follows every event its own group applies.
 */
final class LiveFeeds {

    static final String DASHBOARD_GROUP = "dashboard";

    private static final List<Feed> FEEDS = List.of(
            feed("habit", "habit_updated", "/api/habits/{id}",
                    HabitCreatedEvent.class, HabitChangedEvent.class, HabitCheckedInEvent.class,
                    HabitCheckInUndoneEvent.class, HabitDeletedEvent.class),
            feed("goal", "goal_updated", "/api/goals/{id}",
                    GoalCreatedEvent.class, GoalChangedEvent.class, GoalProgressUpdatedEvent.class,
                    GoalStatusChangedEvent.class, GoalCompletedEvent.class, GoalReopenedEvent.class,
                    GoalDeletedEvent.class),
            feed("project", "project_updated", "/api/projects/{id}",
                    ProjectCreatedEvent.class, ProjectChangedEvent.class, ProjectProgressUpdatedEvent.class,
                    ProjectStatusChangedEvent.class, ProjectCompletedEvent.class, ProjectReopenedEvent.class,
                    ProjectLinkedToGoalEvent.class, ProjectUnlinkedFromGoalEvent.class, ProjectDeletedEvent.class),
            feed("relationship", "relationship_updated", "/api/relationships/{id}",
                    RelationshipCreatedEvent.class, RelationshipChangedEvent.class,
                    RelationshipInteractionRecordedEvent.class, RelationshipLastContactCorrectedEvent.class,
                    RelationshipNextContactPlannedEvent.class, RelationshipDeletedEvent.class),
            feed("finance", "financial_record_updated", "/api/finance/records/{id}",
                    FinancialRecordCreatedEvent.class, FinancialRecordChangedEvent.class,
                    FinancialRecordDeletedEvent.class),
            new Feed("finance", "budget_updated", "/api/finance/budget",
                    Set.of(BudgetSetEvent.class, BudgetRemovedEvent.class),
                    payload -> payload instanceof BudgetSetEvent set ? set.month() : null),
            feed("health", "health_metric_updated", "/api/health/metrics/{id}",
                    HealthMetricRecordedEvent.class, HealthMetricChangedEvent.class, HealthMetricDeletedEvent.class),
            feed("learning", "learning_session_updated", "/api/learning/sessions/{id}",
                    LearningSessionLoggedEvent.class, LearningSessionChangedEvent.class,
                    LearningSessionDeletedEvent.class),
            feed("time", "time_entry_updated", "/api/time/entries/{id}",
                    TimeEntryCreatedEvent.class, TimeEntryChangedEvent.class, TimeEntryDeletedEvent.class),
            feed("journal", "journal_entry_updated", "/api/journal/entries/{id}",
                    JournalEntryWrittenEvent.class, JournalEntryChangedEvent.class, JournalEntryDeletedEvent.class));

    static final String DASHBOARD_TYPE = "dashboard_updated";
    private static final String DASHBOARD_READ = "/api/dashboard/overview";

    private LiveFeeds() {
    }

    /** The update a group's applying this event makes, if any. */
    static Optional<LiveNotice> noticeFor(String group, EventMessage<?> event) {
        Object payload = event.getPayload();
        if (!(payload instanceof Owned owned) || owned.userId() == null
                || !(event instanceof DomainEventMessage<?> domainEvent)) {
            return Optional.empty();
        }
        boolean dashboard = DASHBOARD_GROUP.equals(group);
        return FEEDS.stream()
                .filter(feed -> (dashboard || feed.group().equals(group)) && feed.events().contains(payload.getClass()))
                .findFirst()
                .map(feed -> new LiveNotice(owned.userId(), dashboard ? DASHBOARD_TYPE : feed.type(),
                        UUID.fromString(domainEvent.getAggregateIdentifier()),
                        dashboard ? null : feed.month().apply(payload)));
    }

    /** The REST read whose answer is an update's data: for a feature, its entity (or month of budgets). */
    static Object read(RestReads reads, Actor actor, LiveNotice notice) {
        if (DASHBOARD_TYPE.equals(notice.type())) {
            return reads.get(DASHBOARD_READ, actor);
        }
        Feed feed = FEEDS.stream().filter(f -> f.type().equals(notice.type())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no live feed " + notice.type()));
        if (feed.read().contains("{id}")) {
            return reads.get(feed.read(), actor, notice.entityId());
        }
        return notice.month() == null ? null : reads.get(feed.read(), actor, notice.month());
    }

    @SafeVarargs
    private static Feed feed(String group, String type, String read, Class<? extends Record>... events) {
        return new Feed(group, type, read, Set.of(events), payload -> null);
    }

    private record Feed(String group, String type, String read, Set<Class<? extends Record>> events,
                        Function<Object, YearMonth> month) {
    }
}
