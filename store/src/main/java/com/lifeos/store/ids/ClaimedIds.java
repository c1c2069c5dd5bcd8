package com.lifeos.store.ids;

import java.util.Optional;

import com.lifeos.api.account.AccountRegisteredEvent;
import com.lifeos.api.account.RegisterAccountCommand;
import com.lifeos.api.ai.OfferSuggestionCommand;
import com.lifeos.api.ai.SuggestionOfferedEvent;
import com.lifeos.api.finance.BudgetSetEvent;
import com.lifeos.api.finance.CreateFinancialRecordCommand;
import com.lifeos.api.finance.FinancialRecordCreatedEvent;
import com.lifeos.api.finance.SetBudgetCommand;
import com.lifeos.api.goal.CreateGoalCommand;
import com.lifeos.api.goal.GoalCreatedEvent;
import com.lifeos.api.habit.CheckInHabitCommand;
import com.lifeos.api.habit.CreateHabitCommand;
import com.lifeos.api.habit.HabitCheckedInEvent;
import com.lifeos.api.habit.HabitCreatedEvent;
import com.lifeos.api.health.HealthMetricRecordedEvent;
import com.lifeos.api.health.RecordHealthMetricCommand;
import com.lifeos.api.journal.JournalEntryWrittenEvent;
import com.lifeos.api.journal.WriteJournalEntryCommand;
import com.lifeos.api.learning.LearningSessionLoggedEvent;
import com.lifeos.api.learning.LogLearningSessionCommand;
import com.lifeos.api.project.CreateProjectCommand;
import com.lifeos.api.project.ProjectCreatedEvent;
import com.lifeos.api.relationship.CreateRelationshipCommand;
import com.lifeos.api.relationship.RecordRelationshipInteractionCommand;
import com.lifeos.api.relationship.RelationshipCreatedEvent;
import com.lifeos.api.relationship.RelationshipInteractionRecordedEvent;
import com.lifeos.api.time.CreateTimeEntryCommand;
import com.lifeos.api.time.TimeEntryCreatedEvent;

/**
 * Every message that brings an id into being, and the claim it makes: the commands, checked before they are
 * handled, and the events they cause, claimed from the log for ids created before claims were kept. A new
 * creating command belongs in both lists.
 */
final class ClaimedIds {

    static final String ACCOUNT = "account";
    static final String HABIT = "habit";
    static final String CHECK_IN = "habit_checkin";
    static final String GOAL = "goal";
    static final String PROJECT = "project";
    static final String RELATIONSHIP = "relationship";
    static final String INTERACTION = "relationship_interaction";
    static final String FINANCIAL_RECORD = "financial_record";
    static final String BUDGET = "budget";
    static final String HEALTH_METRIC = "health_metric";
    static final String LEARNING_SESSION = "learning_session";
    static final String TIME_ENTRY = "time_entry";
    static final String JOURNAL_ENTRY = "journal_entry";
    static final String SUGGESTION = "ai_suggestion";

    private ClaimedIds() {
    }

    static Optional<Claim> ofCommand(Object command) {
        return Optional.ofNullable(switch (command) {
            case RegisterAccountCommand c -> Claim.of(c.userId(), c.userId(), ACCOUNT);
            case CreateHabitCommand c -> Claim.of(c.habitId(), c.userId(), HABIT);
            case CheckInHabitCommand c -> new Claim(c.checkInId(), c.userId(), CHECK_IN, c.habitId());
            case CreateGoalCommand c -> Claim.of(c.goalId(), c.userId(), GOAL);
            case CreateProjectCommand c -> Claim.of(c.projectId(), c.userId(), PROJECT);
            case CreateRelationshipCommand c -> Claim.of(c.relationshipId(), c.userId(), RELATIONSHIP);
            case RecordRelationshipInteractionCommand c ->
                    new Claim(c.interactionId(), c.userId(), INTERACTION, c.relationshipId());
            case CreateFinancialRecordCommand c -> Claim.of(c.recordId(), c.userId(), FINANCIAL_RECORD);
            case SetBudgetCommand c -> Claim.of(c.budgetId(), c.userId(), BUDGET);
            case RecordHealthMetricCommand c -> Claim.of(c.metricId(), c.userId(), HEALTH_METRIC);
            case LogLearningSessionCommand c -> Claim.of(c.sessionId(), c.userId(), LEARNING_SESSION);
            case CreateTimeEntryCommand c -> Claim.of(c.entryId(), c.userId(), TIME_ENTRY);
            case WriteJournalEntryCommand c -> Claim.of(c.entryId(), c.userId(), JOURNAL_ENTRY);
            case OfferSuggestionCommand c -> Claim.of(c.suggestionId(), c.userId(), SUGGESTION);
            default -> null;
        });
    }

    static Optional<Claim> ofEvent(Object event) {
        return Optional.ofNullable(switch (event) {
            case AccountRegisteredEvent e -> Claim.of(e.userId(), e.userId(), ACCOUNT);
            case HabitCreatedEvent e -> Claim.of(e.habitId(), e.userId(), HABIT);
            case HabitCheckedInEvent e -> new Claim(e.checkInId(), e.userId(), CHECK_IN, e.habitId());
            case GoalCreatedEvent e -> Claim.of(e.goalId(), e.userId(), GOAL);
            case ProjectCreatedEvent e -> Claim.of(e.projectId(), e.userId(), PROJECT);
            case RelationshipCreatedEvent e -> Claim.of(e.relationshipId(), e.userId(), RELATIONSHIP);
            case RelationshipInteractionRecordedEvent e ->
                    new Claim(e.interactionId(), e.userId(), INTERACTION, e.relationshipId());
            case FinancialRecordCreatedEvent e -> Claim.of(e.recordId(), e.userId(), FINANCIAL_RECORD);
            case BudgetSetEvent e -> Claim.of(e.budgetId(), e.userId(), BUDGET);
            case HealthMetricRecordedEvent e -> Claim.of(e.metricId(), e.userId(), HEALTH_METRIC);
            case LearningSessionLoggedEvent e -> Claim.of(e.sessionId(), e.userId(), LEARNING_SESSION);
            case TimeEntryCreatedEvent e -> Claim.of(e.entryId(), e.userId(), TIME_ENTRY);
            case JournalEntryWrittenEvent e -> Claim.of(e.entryId(), e.userId(), JOURNAL_ENTRY);
            case SuggestionOfferedEvent e -> Claim.of(e.suggestionId(), e.userId(), SUGGESTION);
            default -> null;
        });
    }
}
