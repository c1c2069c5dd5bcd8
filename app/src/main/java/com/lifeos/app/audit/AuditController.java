package com.lifeos.app.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.lifeos.api.audit.FindEntityHistoryQuery;
import com.lifeos.api.audit.FindTimelineQuery;
import com.lifeos.api.audit.TimelineEntryView;
import com.lifeos.api.audit.TimelinePage;
import com.lifeos.api.audit.UserTimelineReadEvent;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.PageRequest;
import com.lifeos.app.security.Actor;
import com.lifeos.app.web.Edge;
import com.lifeos.identity.account.Role;
import com.lifeos.store.audit.EventPayloads;
import com.lifeos.shared.error.InvalidFieldException;
import com.lifeos.shared.error.NotFound;
import com.lifeos.app.web.PageResponse;
import com.lifeos.app.web.Paging;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The history timeline: every fact recorded about a person's data, who caused it and when. Payloads read in
 * snake_case; the owner reads their own with every sealed text opened, an auditor reads someone else's with their
 * private text (notes, journal content) shown as "[private]".
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final Edge edge;
    private final EventPayloads payloads;

    AuditController(Edge edge, EventPayloads payloads) {
        this.edge = edge;
        this.payloads = payloads;
    }

    record HistoryResponse(List<TimelineEntryView> items) {
    }

    record TypesResponse(List<String> items) {
    }

    /** The filters of a timeline request, checked together so one answer names every bad one. */
    private record TimelineFilter(Instant from, Instant to, String type, String entityId, PageRequest page) {
    }

    @GetMapping("/timeline")
    PageResponse<TimelineEntryView> timeline(Actor actor,
                                             @RequestParam(required = false) String from,
                                             @RequestParam(required = false) String to,
                                             @RequestParam(required = false) String type,
                                             @RequestParam(name = "entity_id", required = false) String entityId,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        TimelineFilter filter = filter(actor.zone(), from, to, type, entityId, page, size);
        return timelineOf(actor.userId(), actor.userId(), filter);
    }

    /** The event types {@code ?type=} accepts, as the timeline names them. */
    @GetMapping("/types")
    TypesResponse types() {
        return new TypesResponse(List.copyOf(payloads.types()));
    }

    @GetMapping("/entities/{id}/history")
    HistoryResponse history(Actor actor, @PathVariable UUID id) {
        TimelinePage history = edge.queries().ask(new FindEntityHistoryQuery(actor.userId(), id.toString()),
                TimelinePage.class);
        if (history.items().isEmpty()) {
            throw new NotFound();
        }
        return new HistoryResponse(shown(actor.userId(), actor.userId(), history.items()));
    }

    @GetMapping("/users/{userId}/timeline")
    PageResponse<TimelineEntryView> userTimeline(Actor actor, @PathVariable UUID userId,
                                                 @RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String type,
                                                 @RequestParam(name = "entity_id", required = false) String entityId,
                                                 @RequestParam(defaultValue = "0") int page,
                                                 @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        if (!actor.has(Role.AUDITOR)) {
            throw new AccessDeniedException("auditors only");
        }
        // read first: a request refused for its parameters has read nothing, so it records no reading
        TimelineFilter filter = filter(ZoneId.of("UTC"), from, to, type, entityId, page, size);
        PageResponse<TimelineEntryView> timeline = timelineOf(actor.userId(), userId, filter);
        edge.commands().publish(actor.userId(), new UserTimelineReadEvent(actor.userId(), userId));
        return timeline;
    }

    private PageResponse<TimelineEntryView> timelineOf(UUID reader, UUID owner, TimelineFilter filter) {
        TimelinePage result = edge.queries().ask(new FindTimelineQuery(owner, filter.from(), filter.to(), filter.type(),
                filter.entityId(), filter.page()), TimelinePage.class);
        return PageResponse.of(shown(reader, owner, result.items()), filter.page(), result.totalItems());
    }

    /** The entries as this reader may see them: their own opened, someone else's as an auditor sees them. */
    private List<TimelineEntryView> shown(UUID reader, UUID owner, List<TimelineEntryView> items) {
        boolean own = reader.equals(owner);
        return items.stream().map(item -> new TimelineEntryView(item.eventId(), item.type(), item.entityType(),
                item.entityId(), item.sequence(), item.occurredAt(), item.userId(), item.correlationId(),
                item.causationId(), String.valueOf(own ? payloads.forOwner(owner, item.type(), item.payload())
                        : payloads.forAuditor(item.type(), item.payload())))).toList();
    }

    private TimelineFilter filter(ZoneId zone, String from, String to, String type, String entityId, int page,
                                  int size) {
        Map<String, String> problems = new LinkedHashMap<>();
        Instant start = instant("from", from, zone, false, problems);
        Instant end = instant("to", to, zone, true, problems);
        if (start != null && end != null && start.isAfter(end)) {
            problems.put("from", "must not be after to");
        }
        String eventType = eventType(type, problems);
        String entity = entityId(entityId, problems);
        PageRequest pageRequest = null;
        try {
            pageRequest = Paging.of(page, size);
        } catch (InvalidFieldException badPaging) {
            problems.putAll(badPaging.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return new TimelineFilter(start, end, eventType, entity, pageRequest);
    }

    /**
     * The known event type the filter names, in any case and with or without separators ({@code HabitCheckedIn},
     * {@code habitcheckedin}, {@code habit_checked_in}): an unknown one is a mistake worth saying, not an empty page.
     */
    private String eventType(String type, Map<String, String> problems) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String wanted = comparable(type);
        Collection<String> known = payloads.types();
        for (String kind : known) {
            if (comparable(kind).equals(wanted)) {
                return kind;
            }
        }
        problems.put("type", "must be one of the event types (GET /api/audit/types): " + String.join(", ", known));
        return null;
    }

    private static String comparable(String type) {
        return type.strip().replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** Every entity is known by a UUID: anything else can match nothing, so it is refused. */
    private static String entityId(String entityId, Map<String, String> problems) {
        if (entityId == null || entityId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(entityId.strip()).toString();
        } catch (IllegalArgumentException notAnId) {
            problems.put("entity_id", "must be a UUID");
            return null;
        }
    }

    /** An instant with offset, or a date meaning the start (from) or the end (to) of that day in the user's zone. */
    private static Instant instant(String field, String value, ZoneId zone, boolean endOfDay,
                                   Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        Instant instant;
        try {
            OffsetDateTime time = OffsetDateTime.parse(value);
            date = time.toLocalDate();
            instant = time.toInstant();
        } catch (DateTimeParseException notAnInstant) {
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException notADate) {
                problems.put(field, "must be a date (2026-11-24) or an instant with offset");
                return null;
            }
            instant = null;
        }
        if (!DateBounds.contains(date)) {
            problems.put(field, DateBounds.MESSAGE);
            return null;
        }
        return instant != null ? instant : (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
    }
}
