package com.lifeos.projection.learning;

import java.time.Instant;

import com.lifeos.api.learning.LearningSessionChangedEvent;
import com.lifeos.api.learning.LearningSessionDeletedEvent;
import com.lifeos.api.learning.LearningSessionLoggedEvent;
import com.lifeos.projection.shared.PersonalProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the learning session table; courses, streaks and weekly minutes are computed from it when read (one
 * person's sessions are few), so there is nothing else to keep in step. Every handler may see its event twice.
 */
@Component
@ProcessingGroup("learning")
class LearningProjection extends PersonalProjection<LearningSessionRows> {

    LearningProjection(LearningSessionRows sessions) {
        super(sessions);
    }

    @EventHandler
    void on(LearningSessionLoggedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.insertIfAbsent(new LearningSessionRow(event.sessionId(), event.userId(), event.details(), event.zone(),
                sequence, at));
    }

    @EventHandler
    void on(LearningSessionChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findOwned(event.sessionId(), event.userId())
                .ifPresent(row -> row.details(event.details(), sequence, at));
    }

    @EventHandler
    void on(LearningSessionDeletedEvent event) {
        rows.findOwned(event.sessionId(), event.userId()).ifPresent(rows::delete);
    }
}
