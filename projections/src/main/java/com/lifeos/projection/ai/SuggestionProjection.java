package com.lifeos.projection.ai;

import java.time.Instant;

import com.lifeos.api.ai.SuggestionAcceptedEvent;
import com.lifeos.api.ai.SuggestionOfferedEvent;
import com.lifeos.projection.shared.PersonalProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps the suggestions offered to each person and which they accepted. Every handler may see its event twice. */
@Component
@ProcessingGroup("ai")
class SuggestionProjection extends PersonalProjection {

    private final SuggestionRows suggestions;

    SuggestionProjection(SuggestionRows suggestions) {
        super(suggestions);
        this.suggestions = suggestions;
    }

    @EventHandler
    void on(SuggestionOfferedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (!suggestions.existsById(event.suggestionId())) {
            suggestions.save(new SuggestionRow(event.suggestionId(), event.userId(), event.kind(), event.source(),
                    event.model(), event.content().value(), sequence, at));
        }
    }

    @EventHandler
    void on(SuggestionAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        suggestions.findOwned(event.suggestionId(), event.userId())
                .ifPresent(row -> row.accepted(event.acceptedAs(), sequence, at));
    }
}
