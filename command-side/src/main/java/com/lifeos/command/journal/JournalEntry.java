package com.lifeos.command.journal;

import java.util.UUID;

import com.lifeos.api.journal.ChangeJournalEntryCommand;
import com.lifeos.api.journal.DeleteJournalEntryCommand;
import com.lifeos.api.journal.JournalEntryChangedEvent;
import com.lifeos.api.journal.JournalEntryDeletedEvent;
import com.lifeos.api.journal.JournalEntryDetails;
import com.lifeos.api.journal.JournalEntryWrittenEvent;
import com.lifeos.api.journal.WriteJournalEntryCommand;
import com.lifeos.command.shared.DetailedAggregate;
import com.lifeos.shared.time.NotInFuture;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One journal entry. Rules: its date is never in the owner's future; only the owner may touch it. It keeps its
 * whole details (content still sealed) only to tell a change from a repeat.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotEvery200Events")
class JournalEntry extends DetailedAggregate<JournalEntryDetails> {

    @AggregateIdentifier
    private UUID entryId;

    JournalEntry() {
    }

    @CommandHandler
    JournalEntry(WriteJournalEntryCommand command) {
        NotInFuture.require("entry_date", command.details().entryDate(), command.today());
        apply(new JournalEntryWrittenEvent(command.entryId(), command.userId(), command.details(), command.zone()));
    }

    @CommandHandler
    void handle(ChangeJournalEntryCommand command) {
        requireOwner(command.userId(), entryId);
        NotInFuture.require("entry_date", command.entryDate(), command.today());
        JournalEntryDetails changed = new JournalEntryDetails(
                command.entryDate() != null ? command.entryDate() : details.entryDate(),
                command.content() != null ? command.content() : details.content(),
                command.contentLength() != null ? command.contentLength() : details.contentLength(),
                command.mood() != null ? command.mood() : details.mood(),
                command.tags() != null ? command.tags() : details.tags(),
                command.isPrivate() != null ? command.isPrivate() : details.isPrivate());
        applyChange(changed, merged -> new JournalEntryChangedEvent(entryId, userId, merged));
    }

    @CommandHandler
    void handle(DeleteJournalEntryCommand command) {
        delete(command.userId(), entryId, new JournalEntryDeletedEvent(entryId, userId));
    }

    @EventSourcingHandler
    void on(JournalEntryWrittenEvent event) {
        entryId = event.entryId();
        userId = event.userId();
        details = event.details();
    }
}
