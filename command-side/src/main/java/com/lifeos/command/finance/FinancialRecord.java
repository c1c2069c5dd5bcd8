package com.lifeos.command.finance;

import java.util.UUID;

import com.lifeos.api.finance.ChangeFinancialRecordCommand;
import com.lifeos.api.finance.CreateFinancialRecordCommand;
import com.lifeos.api.finance.DeleteFinancialRecordCommand;
import com.lifeos.api.finance.FinancialRecordChangedEvent;
import com.lifeos.api.finance.FinancialRecordCreatedEvent;
import com.lifeos.api.finance.FinancialRecordDeletedEvent;
import com.lifeos.api.finance.FinancialRecordDetails;
import com.lifeos.command.shared.DetailedAggregate;
import com.lifeos.shared.time.NotInFuture;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One income or expense, edited and deleted on its own. Rules: it happened on a date that is not in the owner's
 * future (planned money is not yet a record); only the owner may touch it.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotEvery200Events")
class FinancialRecord extends DetailedAggregate<FinancialRecordDetails> {

    @AggregateIdentifier
    private UUID recordId;

    FinancialRecord() {
    }

    @CommandHandler
    FinancialRecord(CreateFinancialRecordCommand command) {
        NotInFuture.require("date", command.details().date(), command.today());
        apply(new FinancialRecordCreatedEvent(command.recordId(), command.userId(), command.details()));
    }

    @CommandHandler
    void handle(ChangeFinancialRecordCommand command) {
        requireOwner(command.userId(), recordId);
        FinancialRecordDetails changed = new FinancialRecordDetails(
                command.type() != null ? command.type() : details.type(),
                command.amount() != null ? command.amount() : details.amount(),
                command.currency() != null ? command.currency() : details.currency(),
                command.category() != null ? command.category() : details.category(),
                command.description() != null ? command.description() : details.description(),
                command.date() != null ? command.date() : details.date());
        if (command.date() != null) {
            NotInFuture.require("date", command.date(), command.today());
        }
        applyChange(changed, merged -> new FinancialRecordChangedEvent(recordId, userId, merged));
    }

    @CommandHandler
    void handle(DeleteFinancialRecordCommand command) {
        delete(command.userId(), recordId, new FinancialRecordDeletedEvent(recordId, userId));
    }

    @EventSourcingHandler
    void on(FinancialRecordCreatedEvent event) {
        recordId = event.recordId();
        userId = event.userId();
        details = event.details();
    }
}
