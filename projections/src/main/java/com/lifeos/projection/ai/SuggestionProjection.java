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
class SuggestionProjection extends PersonalProjection<SuggestionRows> {

    SuggestionProjection(SuggestionRows suggestions) {
        super(suggestions);
    }

    @EventHandler
    void on(SuggestionOfferedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (!rows.existsById(event.suggestionId())) {
            rows.save(new SuggestionRow(event.suggestionId(), event.userId(), event.kind(), event.source(),
                    event.model(), event.content().value(), sequence, at));
        }
    }

    @EventHandler
    void on(SuggestionAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.suggestionId(), event.userId())
                .ifPresent(row -> row.accepted(event.acceptedAs(), sequence, at));
    }
}
