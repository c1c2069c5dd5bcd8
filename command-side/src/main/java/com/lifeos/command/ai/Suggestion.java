package com.lifeos.command.ai;

import java.util.Locale;
import java.util.UUID;

import com.lifeos.api.ai.AcceptSuggestionCommand;
import com.lifeos.api.ai.OfferSuggestionCommand;
import com.lifeos.api.ai.SuggestionAcceptedEvent;
import com.lifeos.api.ai.SuggestionKind;
import com.lifeos.api.ai.SuggestionOfferedEvent;
import com.lifeos.command.shared.OwnedAggregate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One suggestion shown to its owner, and whether they took it up. It is accepted at most once, as one goal or
 * habit of its own kind; naming the same goal or habit again changes nothing.
 */
@Aggregate
class Suggestion extends OwnedAggregate {

    @AggregateIdentifier
    private UUID suggestionId;
    private SuggestionKind kind;
    private UUID acceptedAs;

    Suggestion() {
    }

    @CommandHandler
    Suggestion(OfferSuggestionCommand command) {
        apply(new SuggestionOfferedEvent(command.suggestionId(), command.userId(), command.kind(), command.source(),
                command.model(), command.content()));
    }

    @CommandHandler
    void handle(AcceptSuggestionCommand command) {
        requireOwner(command.userId(), suggestionId);
        if (command.kind() != kind) {
            throw new IllegalArgumentException("suggestion_id names a " + name(kind) + " suggestion, not a "
                    + name(command.kind()) + " suggestion");
        }
        if (command.acceptedAs().equals(acceptedAs)) {
            return;
        }
        if (acceptedAs != null) {
            throw new IllegalStateException("this suggestion was already accepted as " + acceptedAs);
        }
        apply(new SuggestionAcceptedEvent(suggestionId, userId, kind, command.acceptedAs()));
    }

    @EventSourcingHandler
    void on(SuggestionOfferedEvent event) {
        suggestionId = event.suggestionId();
        userId = event.userId();
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(SuggestionAcceptedEvent event) {
        acceptedAs = event.acceptedAs();
    }

    private static String name(SuggestionKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
