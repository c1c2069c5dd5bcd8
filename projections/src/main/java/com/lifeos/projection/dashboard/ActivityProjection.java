package com.lifeos.projection.dashboard;

import java.time.ZoneOffset;
import java.util.UUID;

import com.lifeos.api.account.AccountErasedEvent;
import com.lifeos.api.shared.Owned;
import com.lifeos.projection.shared.EventNames;
import com.lifeos.projection.shared.EventPositions;
import com.lifeos.projection.shared.RowAppends;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * The recent-activity feed: every fact a person records becomes one sentence, kept once per event. It belongs
 * to the dashboard group, so a replay of "dashboard" rebuilds it with the rest (the reset and the erasure are
 * handled by {@link DashboardProjection}). Lines are only ever added, so they are written once per batch of events.
 */
@Component
@ProcessingGroup(DashboardProjection.GROUP)
class ActivityProjection {

    private static final String INSERT = """
            INSERT INTO dashboard_activity (event_id, event_position, user_id, occurred_at, area, kind, entity_id,
                                            sentence, sealed_subject)
            VALUES (?, %s, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"""
            .formatted(EventPositions.GLOBAL_INDEX_OF_EVENT);

    private final RowAppends appends;
    private final Sentences sentences;

    ActivityProjection(RowAppends appends, SubjectRows subjects) {
        this.appends = appends;
        this.sentences = new Sentences(subjects::findById);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        if (payload instanceof AccountErasedEvent) {
            return;
        }
        UUID owner = payload instanceof Owned owned ? owned.userId() : null;
        if (owner == null) {
            return;
        }
        sentences.of(payload, event.getTimestamp()).ifPresent(sentence -> appends.append(INSERT,
                event.getIdentifier(), event.getIdentifier(), owner, event.getTimestamp().atOffset(ZoneOffset.UTC),
                sentence.area(), EventNames.kindOf(payload), sentence.entityId(), ActivityRow.fitted(sentence.text()),
                sentence.sealedSubject()));
    }
}
