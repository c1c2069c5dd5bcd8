package com.lifeos.app.journal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.lifeos.api.journal.ChangeJournalEntryCommand;
import com.lifeos.api.journal.DeleteJournalEntryCommand;
import com.lifeos.api.journal.FindJournalAnalyticsQuery;
import com.lifeos.api.journal.FindJournalEntryQuery;
import com.lifeos.api.journal.FindJournalMoodTrendsQuery;
import com.lifeos.api.journal.JournalAnalyticsView;
import com.lifeos.api.journal.JournalEntryDetails;
import com.lifeos.api.journal.JournalEntryPage;
import com.lifeos.api.journal.JournalEntryView;
import com.lifeos.api.journal.JournalMood;
import com.lifeos.api.journal.JournalMoodTrendsView;
import com.lifeos.api.journal.ListJournalEntriesQuery;
import com.lifeos.api.journal.WriteJournalEntryCommand;
import com.lifeos.api.shared.Bucket;
import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.PageRequest;
import com.lifeos.api.shared.SealedText;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.app.security.Actor;
import com.lifeos.app.web.PageResponse;
import com.lifeos.app.web.Paging;
import com.lifeos.app.web.Days;
import com.lifeos.app.web.Edge;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's journal. The content is sealed with the owner's key before it enters a command, so the log, the read
 * model and the audit trail hold only ciphertext (plus its length); it is opened here for the owner alone.
 * Because the read side cannot read the content, a text search ({@code q}) is answered here: every entry that
 * passes the other filters is fetched and opened, then matched and paged in memory. That costs one decryption
 * per candidate entry, so it grows with the person's journal; the date, mood and tag filters narrow it first.
 */
@RestController
@RequestMapping("/api/journal")
class JournalController {

    /** Twelve weeks: enough to see a writing rhythm, short enough to compare with the last quarter. */
    private static final int DEFAULT_ANALYTICS_DAYS = 84;
    private static final int DEFAULT_TREND_DAYS = 30;

    private final Edge edge;

    JournalController(Edge edge) {
        this.edge = edge;
    }

    record EntryResponse(UUID id, LocalDate entryDate, String content, JournalMood mood, List<String> tags,
                         boolean isPrivate, Instant createdAt, Instant updatedAt) {
    }

    @PostMapping("/entries")
    ResponseEntity<EntryResponse> create(Actor actor, @Valid @RequestBody JournalRequests.Create request) {
        UserCalendar calendar = edge.calendars().of(actor);
        LocalDate entryDate = Days.statedOrToday("entry_date", request.entryDate(), calendar);
        UUID entryId = request.id() != null ? request.id() : UUID.randomUUID();
        JournalEntryDetails details = new JournalEntryDetails(entryDate,
                edge.privateText().seal(actor.userId(), request.content()), length(request.content()), request.mood(),
                request.tags(), request.isPrivate() == null || request.isPrivate());
        WriteJournalEntryCommand command = new WriteJournalEntryCommand(entryId, actor.userId(), details,
                calendar.today(), actor.zone().getId());
        return edge.create(actor.userId(), entryId, URI.create("/api/journal/entries/" + entryId),
                command, new FindJournalEntryQuery(actor.userId(), entryId), JournalEntryView.class,
                view -> response(actor, view));
    }

    @GetMapping("/entries")
    PageResponse<EntryResponse> list(Actor actor,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate to,
                                     @RequestParam(required = false) JournalMood mood,
                                     @RequestParam(required = false) String tag,
                                     @RequestParam(required = false) String q,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PageRequest pageRequest = Paging.of(page, size);
        Days.requireOrdered(from, to);
        if (q == null || q.isBlank()) {
            JournalEntryPage found = edge.queries().ask(new ListJournalEntriesQuery(actor.userId(), from, to, mood, tag,
                    pageRequest), JournalEntryPage.class);
            return PageResponse.of(found.items().stream().map(view -> response(actor, view)).toList(), pageRequest,
                    found.totalItems());
        }
        List<EntryResponse> matching = search(actor, from, to, mood, tag, q.strip().toLowerCase(Locale.ROOT));
        return PageResponse.slice(matching, pageRequest);
    }

    @GetMapping("/mood-trends")
    JournalMoodTrendsView moodTrends(Actor actor,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate to,
                                     @RequestParam(defaultValue = "day") Bucket bucket) {
        UserCalendar calendar = edge.calendars().of(actor);
        DateRange range = Days.range(from, to, calendar, DEFAULT_TREND_DAYS);
        return edge.queries().askCached(actor.userId(), new FindJournalMoodTrendsQuery(actor.userId(), range, bucket, calendar.weekStart()),
                JournalMoodTrendsView.class);
    }

    @GetMapping("/analytics")
    JournalAnalyticsView analytics(Actor actor,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate to) {
        UserCalendar calendar = edge.calendars().of(actor);
        DateRange range = Days.range(from, to, calendar, DEFAULT_ANALYTICS_DAYS);
        return edge.queries().askCached(actor.userId(), new FindJournalAnalyticsQuery(actor.userId(), range, calendar), JournalAnalyticsView.class);
    }

    @GetMapping("/entries/{id}")
    EntryResponse get(Actor actor, @PathVariable UUID id) {
        return response(actor, edge.queries().require(new FindJournalEntryQuery(actor.userId(), id), JournalEntryView.class));
    }

    @PutMapping("/entries/{id}")
    EntryResponse change(Actor actor, @PathVariable UUID id, @Valid @RequestBody JournalRequests.Change request) {
        UserCalendar calendar = edge.calendars().of(actor);
        Days.requireNotFuture("entry_date", request.entryDate(), calendar);
        SealedText content = null;
        Integer contentLength = null;
        // Sealing is randomised, so the same words sealed again would look like a change: compare in clear.
        if (request.content() != null && !request.content().equals(get(actor, id).content())) {
            content = edge.privateText().seal(actor.userId(), request.content());
            contentLength = length(request.content());
        }
        edge.commands().send(actor.userId(), new ChangeJournalEntryCommand(id, actor.userId(), request.entryDate(), content,
                contentLength, request.mood(), request.tags(), request.isPrivate(), calendar.today()));
        return get(actor, id);
    }

    @DeleteMapping("/entries/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        return edge.remove(actor.userId(), new DeleteJournalEntryCommand(id, actor.userId()));
    }

    /** Every entry passing the other filters, opened and kept when its content holds the (lower-cased) words. */
    private List<EntryResponse> search(Actor actor, LocalDate from, LocalDate to, JournalMood mood, String tag,
                                       String words) {
        List<EntryResponse> matching = new ArrayList<>();
        long seen = 0;
        long total;
        int chunk = 0;
        do {
            JournalEntryPage found = edge.queries().ask(new ListJournalEntriesQuery(actor.userId(), from, to, mood, tag,
                    new PageRequest(chunk++, PageRequest.MAX_SIZE)), JournalEntryPage.class);
            total = found.totalItems();
            seen += found.items().size();
            found.items().stream()
                    .map(view -> response(actor, view))
                    .filter(entry -> entry.content().toLowerCase(Locale.ROOT).contains(words))
                    .forEach(matching::add);
            if (found.items().isEmpty()) {
                break;
            }
        } while (seen < total);
        return matching;
    }

    private EntryResponse response(Actor actor, JournalEntryView view) {
        return new EntryResponse(view.id(), view.entryDate(), edge.privateText().open(actor.userId(), view.content()),
                view.mood(), view.tags(), view.isPrivate(), view.createdAt(), view.updatedAt());
    }

    /** Characters as people count them: an emoji made of two UTF-16 units is one. */
    private static int length(String content) {
        return content.codePointCount(0, content.length());
    }
}
