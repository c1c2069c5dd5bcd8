package com.lifeos.query.audit;

import com.lifeos.api.audit.EventTypesView;
import com.lifeos.api.audit.FindEntityHistoryQuery;
import com.lifeos.api.audit.FindEventTypesQuery;
import com.lifeos.api.audit.FindTimelineQuery;
import com.lifeos.api.audit.ListOwnEventsQuery;
import com.lifeos.api.audit.OwnEventView;
import com.lifeos.api.audit.OwnEventsPage;
import com.lifeos.api.audit.TimelineEntryView;
import com.lifeos.api.audit.TimelinePage;
import com.lifeos.projection.audit.AuditEntryRow;
import com.lifeos.projection.audit.AuditEntryRows;
import com.lifeos.projection.shared.EventNames;
import com.lifeos.query.shared.Filters;
import com.lifeos.query.shared.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Answers the history timeline from the "audit" table. */
@Component
class AuditQueryHandler {

    private final AuditEntryRows entries;

    AuditQueryHandler(AuditEntryRows entries) {
        this.entries = entries;
    }

    @QueryHandler
    TimelinePage handle(FindTimelineQuery query) {
        return Pages.of(entries, Filters.of(AuditEntryRow.class)
                        .equal("ownerId", query.userId())
                        .atLeast("occurredAt", query.from())
                        .before("occurredAt", query.to())
                        .equal("type", query.type())
                        .equal("entityId", query.entityId())
                        .toSpecification(),
                query.page(), Sort.by(Sort.Order.desc("position")), AuditQueryHandler::view, TimelinePage::new);
    }

    @QueryHandler
    TimelinePage handle(FindEntityHistoryQuery query) {
        var rows = entries.findByEntityIdAndOwnerIdOrderByPositionAsc(query.entityId(), query.userId());
        return new TimelinePage(rows.stream().map(AuditQueryHandler::view).toList(), rows.size());
    }

    @QueryHandler
    EventTypesView handle(FindEventTypesQuery query) {
        return new EventTypesView(EventNames.all());
    }

    /** Grouped by entity (events of no entity first), oldest first within each; a stable order to page through. */
    @QueryHandler
    OwnEventsPage handle(ListOwnEventsQuery query) {
        var rows = entries.findOwnEvents(query.userId(), PageRequest.of(query.page().page(), query.page().size()));
        return new OwnEventsPage(rows.stream().map(row -> new OwnEventView(row.entityType(), row.entityId(),
                row.type(), row.sequence(), row.occurredAt(), row.payload())).toList());
    }

    private static TimelineEntryView view(AuditEntryRow row) {
        return new TimelineEntryView(row.eventId(), row.type(), row.entityType(), row.entityId(), row.sequence(),
                row.occurredAt(), row.userId(), row.correlationId(), row.causationId(), row.payload());
    }
}
