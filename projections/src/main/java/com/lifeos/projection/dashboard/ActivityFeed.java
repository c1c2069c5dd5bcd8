package com.lifeos.projection.dashboard;

import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;

import com.lifeos.projection.shared.EventNames;
import com.lifeos.projection.shared.EventPositions;
import com.lifeos.projection.shared.PersonalTable;
import com.lifeos.projection.shared.RowAppends;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * The recent-activity feed: each board tells the fact of each event it handles, after it has written its own rows,
 * so a line can name what those rows know (a habit's title). Lines are only ever added, so they are written once
 * per batch of events; an erasure writes the lines queued so far first, so none of the person's outlives it.
 */
@Component
class ActivityFeed implements PersonalTable {

    private static final String INSERT = """
            INSERT INTO dashboard_activity (event_id, event_position, user_id, occurred_at, area, kind, entity_id,
                                            title, detail, label, amount, currency, unit, fact_date, zone,
                                            sealed_subject)
            VALUES (?, %s, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"""
            .formatted(EventPositions.GLOBAL_INDEX_OF_EVENT);

    private final RowAppends appends;
    private final ActivityRows lines;

    ActivityFeed(RowAppends appends, ActivityRows lines) {
        this.appends = appends;
        this.lines = lines;
    }

    void tell(EventMessage<?> event, UUID userId, String area, UUID entityId, Consumer<ActivityRow> fill) {
        ActivityRow line = new ActivityRow(area, entityId);
        fill.accept(line);
        appends.append(INSERT, event.getIdentifier(), event.getIdentifier(), userId,
                event.getTimestamp().atOffset(ZoneOffset.UTC), area, EventNames.kindOf(event.getPayload()), entityId,
                line.title(), line.detail(), line.label(), line.amount(), line.currency(), line.unit(),
                line.factDate(), line.zone(), line.sealedSubject());
    }

    /** A fact told by its kind alone ("Deleted a time entry"). */
    void tell(EventMessage<?> event, UUID userId, String area, UUID entityId) {
        tell(event, userId, area, entityId, line -> { });
    }

    @Override
    public void forget(UUID userId) {
        appends.flush();
        lines.forget(userId);
    }

    @Override
    public void clear() {
        lines.clear();
    }
}
