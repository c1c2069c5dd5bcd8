package com.lifeos.query.audit;

import java.time.Instant;

import com.lifeos.api.audit.FindEntityHistoryQuery;
import com.lifeos.api.audit.FindTimelineQuery;
import com.lifeos.api.audit.TimelineEntryView;
import com.lifeos.api.audit.TimelinePage;
import com.lifeos.projection.audit.AuditEntryRow;
import com.lifeos.projection.audit.AuditEntryRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Answers the history timeline from the "audit" table. */
@Component
class AuditQueryHandler {

    /** Bounds used when a range end is open; both are inside what every supported database stores. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private final AuditEntryRows entries;

    AuditQueryHandler(AuditEntryRows entries) {
        this.entries = entries;
    }

    @QueryHandler
    TimelinePage handle(FindTimelineQuery query) {
        Page<AuditEntryRow> page = entries.timeline(query.userId(),
                query.from() == null ? EARLIEST : query.from(), query.to() == null ? LATEST : query.to(),
                query.type(), query.entityId(), PageRequest.of(query.page().page(), query.page().size()));
        return new TimelinePage(page.getContent().stream().map(AuditQueryHandler::view).toList(),
                page.getTotalElements());
    }

    @QueryHandler
    TimelinePage handle(FindEntityHistoryQuery query) {
        var rows = entries.findByEntityIdAndOwnerIdOrderByPositionAsc(query.entityId(), query.userId());
        return new TimelinePage(rows.stream().map(AuditQueryHandler::view).toList(), rows.size());
    }

    private static TimelineEntryView view(AuditEntryRow row) {
        return new TimelineEntryView(row.eventId(), row.type(), row.entityType(), row.entityId(), row.sequence(),
                row.occurredAt(), row.userId(), row.correlationId(), row.causationId(), row.payload());
    }
}
