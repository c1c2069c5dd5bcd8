package com.lifeos.store.ids;

import com.lifeos.api.account.AccountRegisteredEvent;
import com.lifeos.api.ai.SuggestionOfferedEvent;
import com.lifeos.api.finance.BudgetSetEvent;
import com.lifeos.api.finance.FinancialRecordCreatedEvent;
import com.lifeos.api.goal.GoalCreatedEvent;
import com.lifeos.api.habit.HabitCheckedInEvent;
import com.lifeos.api.habit.HabitCreatedEvent;
import com.lifeos.api.health.HealthMetricRecordedEvent;
import com.lifeos.api.journal.JournalEntryWrittenEvent;
import com.lifeos.api.learning.LearningSessionLoggedEvent;
import com.lifeos.api.project.ProjectCreatedEvent;
import com.lifeos.api.relationship.RelationshipCreatedEvent;
import com.lifeos.api.relationship.RelationshipInteractionRecordedEvent;
import com.lifeos.api.time.TimeEntryCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Claims, from the log, the ids created before claims were kept at the edge (and any event stored without passing
 * it): in log order, so the first creator holds an id, as the read models keep the first row of an id. Claims made
 * at the edge are already there and stay as they are; replaying this group changes nothing. Only the events that
 * bring an id into being are handled, so a write waits for this group only when it creates something.
 */
@Component
@ProcessingGroup("entity-owners")
class EntityOwnersBackfill {

    private final EntityOwners owners;

    EntityOwnersBackfill(EntityOwners owners) {
        this.owners = owners;
    }

    @EventHandler
    void on(AccountRegisteredEvent event) {
        claim(event);
    }

    @EventHandler
    void on(HabitCreatedEvent event) {
        claim(event);
    }

    @EventHandler
    void on(HabitCheckedInEvent event) {
        claim(event);
    }

    @EventHandler
    void on(GoalCreatedEvent event) {
        claim(event);
    }

    @EventHandler
    void on(ProjectCreatedEvent event) {
        claim(event);
    }

    @EventHandler
    void on(RelationshipCreatedEvent event) {
        claim(event);
    }

    @EventHandler
    void on(RelationshipInteractionRecordedEvent event) {
        claim(event);
    }

    @EventHandler
    void on(FinancialRecordCreatedEvent event) {
        claim(event);
    }

    @EventHandler
    void on(BudgetSetEvent event) {
        claim(event);
    }

    @EventHandler
    void on(HealthMetricRecordedEvent event) {
        claim(event);
    }

    @EventHandler
    void on(LearningSessionLoggedEvent event) {
        claim(event);
    }

    @EventHandler
    void on(TimeEntryCreatedEvent event) {
        claim(event);
    }

    @EventHandler
    void on(JournalEntryWrittenEvent event) {
        claim(event);
    }

    @EventHandler
    void on(SuggestionOfferedEvent event) {
        claim(event);
    }

    private void claim(Object event) {
        ClaimedIds.ofEvent(event).ifPresent(owners::claimIfFree);
    }
}
