package com.lifeos.app.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.audit.FindEntityHistoryQuery;
import com.lifeos.api.audit.FindTimelineQuery;
import com.lifeos.api.audit.TimelineEntryView;
import com.lifeos.api.audit.TimelinePage;
import com.lifeos.api.audit.UserTimelineReadEvent;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.PageRequest;
import com.lifeos.app.crypto.SealedJson;
import com.lifeos.app.security.Actor;
import com.lifeos.app.security.Role;
import com.lifeos.app.web.Commands;
import com.lifeos.app.web.InvalidFieldException;
import com.lifeos.app.web.NotFound;
import com.lifeos.app.web.PageResponse;
import com.lifeos.app.web.Paging;
import com.lifeos.app.web.Queries;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The history timeline: every fact recorded about a person's data, who caused it and when. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final Queries queries;
    private final Commands commands;
    private final SealedJson sealedJson;

    AuditController(Queries queries, Commands commands, SealedJson sealedJson) {
        this.queries = queries;
        this.commands = commands;
        this.sealedJson = sealedJson;
    }

    record HistoryResponse(List<TimelineEntryView> items) {
    }

    @GetMapping("/timeline")
    PageResponse<TimelineEntryView> timeline(Actor actor,
                                             @RequestParam(required = false) String from,
                                             @RequestParam(required = false) String to,
                                             @RequestParam(required = false) String type,
                                             @RequestParam(name = "entity_id", required = false) String entityId,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return timelineOf(actor.userId(), actor.zone(), from, to, type, entityId, page, size);
    }

    @GetMapping("/entities/{id}/history")
    HistoryResponse history(Actor actor, @PathVariable UUID id) {
        TimelinePage history = queries.ask(new FindEntityHistoryQuery(actor.userId(), id.toString()),
                TimelinePage.class);
        if (history.items().isEmpty()) {
            throw new NotFound();
        }
        return new HistoryResponse(opened(history.items()));
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
        PageResponse<TimelineEntryView> timeline = timelineOf(userId, ZoneId.of("UTC"), from, to, type, entityId,
                page, size);
        commands.publish(actor.userId(), new UserTimelineReadEvent(actor.userId(), userId));
        return timeline;
    }

    private PageResponse<TimelineEntryView> timelineOf(UUID owner, ZoneId zone, String from, String to, String type,
                                                       String entityId, int page, int size) {
        PageRequest pageRequest = Paging.of(page, size);
        Instant start = instant("from", from, zone, false);
        Instant end = instant("to", to, zone, true);
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidFieldException("from", "must not be after to");
        }
        TimelinePage result = queries.ask(new FindTimelineQuery(owner, start, end, type, entityId, pageRequest),
                TimelinePage.class);
        return PageResponse.of(opened(result.items()), pageRequest, result.totalItems());
    }

    /** Audit rows keep personal text sealed; it is opened here, as it leaves, for as long as its key exists. */
    private List<TimelineEntryView> opened(List<TimelineEntryView> items) {
        return items.stream().map(item -> new TimelineEntryView(item.eventId(), item.type(), item.entityType(),
                item.entityId(), item.sequence(), item.occurredAt(), item.userId(), item.correlationId(),
                item.causationId(), sealedJson.withPersonalTextOpened(item.payload()))).toList();
    }

    /** An instant with offset, or a date meaning the start (from) or the end (to) of that day in the user's zone. */
    private static Instant instant(String field, String value, ZoneId zone, boolean endOfDay) {
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
                throw new InvalidFieldException(field, "must be a date (2026-11-24) or an instant with offset");
            }
            instant = null;
        }
        if (!DateBounds.contains(date)) {
            throw new InvalidFieldException(field, DateBounds.MESSAGE);
        }
        return instant != null ? instant : (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
    }
}
