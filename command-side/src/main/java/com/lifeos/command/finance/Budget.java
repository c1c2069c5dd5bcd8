package com.lifeos.command.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

import com.lifeos.api.finance.BudgetRemovedEvent;
import com.lifeos.api.finance.BudgetSetEvent;
import com.lifeos.api.finance.RemoveBudgetCommand;
import com.lifeos.api.finance.SetBudgetCommand;
import com.lifeos.api.shared.PersonalText;
import com.lifeos.command.shared.OwnedAggregate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The spending limit of one category in one month. Its id comes from owner, category and month, so one command
 * both creates and replaces it. A removed budget is not marked deleted: setting it again must bring it back under
 * the same id, so removal is a state of the budget, not the end of its stream.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotEvery200Events")
class Budget extends OwnedAggregate {

    @AggregateIdentifier
    private UUID budgetId;
    @PersonalText
    private String category;
    private YearMonth month;
    private BigDecimal amount;
    private String currency;
    private boolean removed;

    Budget() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetBudgetCommand command) {
        if (userId != null) {
            requireOwner(command.userId(), budgetId);
            if (!removed && command.amount().equals(amount) && command.currency().equals(currency)
                    && command.category().equals(category) && command.month().equals(month)) {
                return;
            }
        }
        apply(new BudgetSetEvent(command.budgetId(), command.userId(), command.category(), command.month(),
                command.amount(), command.currency()));
    }

    @CommandHandler
    void handle(RemoveBudgetCommand command) {
        requireOwner(command.userId(), budgetId);
        if (removed) {
            throw new AggregateNotFoundException(String.valueOf(budgetId), "No such budget: " + budgetId);
        }
        apply(new BudgetRemovedEvent(budgetId, userId));
    }

    @EventSourcingHandler
    void on(BudgetSetEvent event) {
        budgetId = event.budgetId();
        userId = event.userId();
        category = event.category();
        month = event.month();
        amount = event.amount();
        currency = event.currency();
        removed = false;
    }

    @EventSourcingHandler
    void on(BudgetRemovedEvent event) {
        removed = true;
    }
}
