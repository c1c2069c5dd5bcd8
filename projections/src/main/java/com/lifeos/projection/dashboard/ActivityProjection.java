package com.lifeos.projection.dashboard;

import java.util.UUID;

import com.lifeos.api.account.AccountErasedEvent;
import com.lifeos.projection.shared.EventNames;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * The recent-activity feed: every fact a person records becomes one sentence, kept once per event. It belongs
 * to the dashboard group, so a replay of "dashboard" rebuilds it with the rest (the reset and the erasure are
 * handled by {@link DashboardProjection}).
 */
@Component
@ProcessingGroup(DashboardProjection.GROUP)
class ActivityProjection {

    private final ActivityRows activity;
    private final Sentences sentences;

    ActivityProjection(ActivityRows activity, SubjectRows subjects) {
        this.activity = activity;
        this.sentences = new Sentences(subjects::findById);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        if (payload instanceof AccountErasedEvent || activity.existsById(event.getIdentifier())) {
            return;
        }
        UUID owner = Owners.of(payload);
        if (owner == null) {
            return;
        }
        sentences.of(payload, event.getTimestamp()).ifPresent(sentence -> activity.save(new ActivityRow(
                event.getIdentifier(), token.position().orElse(0), owner, event.getTimestamp(), sentence.area(),
                EventNames.kindOf(payload), sentence.entityId(), sentence.text(), sentence.sealedSubject())));
    }
}
