package com.lifeos.app.time;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.PageRequest;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.api.time.ChangeTimeEntryCommand;
import com.lifeos.api.time.CreateTimeEntryCommand;
import com.lifeos.api.time.DeleteTimeEntryCommand;
import com.lifeos.api.time.FindTimeAnalyticsQuery;
import com.lifeos.api.time.FindTimeEntryQuery;
import com.lifeos.api.time.FindTimeProductivityQuery;
import com.lifeos.api.time.ListTimeEntriesQuery;
import com.lifeos.api.time.TimeAnalyticsView;
import com.lifeos.api.time.TimeEntryPage;
import com.lifeos.api.time.TimeEntryTiming;
import com.lifeos.api.time.TimeEntryView;
import com.lifeos.api.time.TimeProductivityView;
import com.lifeos.api.time.TimingProblem;
import com.lifeos.app.security.Actor;
import com.lifeos.app.web.Days;
import com.lifeos.app.web.Edge;
import com.lifeos.shared.error.InvalidFieldException;
import com.lifeos.app.web.PageResponse;
import com.lifeos.app.web.Paging;
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

import static com.lifeos.app.time.TimeRequests.instant;

@RestController
@RequestMapping("/api/time")
class TimeController {

    /** How far a start may lie ahead of the server clock: the client's clock may run a little fast. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final int DEFAULT_DAYS = 30;

    private final Edge edge;
    private final Clock clock;

    TimeController(Edge edge, Clock clock) {
        this.edge = edge;
        this.clock = clock;
    }

    @PostMapping("/entries")
    ResponseEntity<TimeEntryView> create(Actor actor, @Valid @RequestBody TimeRequests.Create request) {
        UserCalendar calendar = edge.calendars().of(actor);
        Instant start = instant(request.startTime());
        requireTiming(TimeEntryTiming.check(start, instant(request.endTime()), request.durationMinutes()).orElse(null));
        TimeEntryTiming timing = TimeEntryTiming.of(start, instant(request.endTime()), request.durationMinutes());
        LocalDate date = date(timing, request.date(), calendar);
        UUID entryId = request.id() != null ? request.id() : UUID.randomUUID();
        CreateTimeEntryCommand command = new CreateTimeEntryCommand(entryId, actor.userId(), request.activity(),
                request.category(), timing, request.productivityScore(), date, actor.zone().getId(), calendar.today());
        return edge.create(actor.userId(), entryId, URI.create("/api/time/entries/" + entryId),
                command, new FindTimeEntryQuery(actor.userId(), entryId), TimeEntryView.class);
    }

    @GetMapping("/entries")
    PageResponse<TimeEntryView> list(Actor actor,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(required = false) String category,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Days.requireOrdered(from, to);
        PageRequest pageRequest = Paging.of(page, size);
        TimeEntryPage result = edge.queries().ask(new ListTimeEntriesQuery(actor.userId(), from, to, category, pageRequest),
                TimeEntryPage.class);
        return PageResponse.of(result.items(), pageRequest, result.totalItems());
    }

    @GetMapping("/entries/{id}")
    TimeEntryView get(Actor actor, @PathVariable UUID id) {
        return edge.queries().require(new FindTimeEntryQuery(actor.userId(), id), TimeEntryView.class);
    }

    /** Another user's entry is a 404 before anything about the body is judged. */
    @PutMapping("/entries/{id}")
    TimeEntryView change(Actor actor, @PathVariable UUID id, @Valid @RequestBody TimeRequests.Change request) {
        TimeEntryView current = get(actor, id);
        UserCalendar calendar = edge.calendars().of(actor);
        boolean clearTimes = Boolean.TRUE.equals(request.clearTimes());
        Instant start = instant(request.startTime());
        Instant end = instant(request.endTime());
        TimeEntryTiming timing = new TimeEntryTiming(current.startTime(), current.endTime(), current.durationMinutes());
        requireTiming(timing.checkChange(start, end, request.durationMinutes(), clearTimes).orElse(null));
        TimeEntryTiming next = timing.changed(start, end, request.durationMinutes(), clearTimes);
        if (request.date() != null || next.timed() && !next.equals(timing)) {
            date(next, request.date(), calendar);
        }
        edge.commands().send(actor.userId(), new ChangeTimeEntryCommand(id, actor.userId(), request.activity(),
                request.category(), start, end, request.durationMinutes(), clearTimes, request.productivityScore(),
                request.date(), actor.zone().getId(), calendar.today()));
        return get(actor, id);
    }

    @DeleteMapping("/entries/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        return edge.remove(actor.userId(), new DeleteTimeEntryCommand(id, actor.userId()));
    }

    @GetMapping("/analytics")
    TimeAnalyticsView analytics(Actor actor,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        UserCalendar calendar = edge.calendars().of(actor);
        DateRange range = Days.range(from, to, calendar, DEFAULT_DAYS);
        return edge.queries().askCached(actor.userId(), new FindTimeAnalyticsQuery(actor.userId(), range, calendar), TimeAnalyticsView.class);
    }

    @GetMapping("/productivity")
    TimeProductivityView productivity(Actor actor,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        UserCalendar calendar = edge.calendars().of(actor);
        DateRange range = Days.range(from, to, calendar, DEFAULT_DAYS);
        return edge.queries().askCached(actor.userId(), new FindTimeProductivityQuery(actor.userId(), range, calendar), TimeProductivityView.class);
    }

    private static void requireTiming(TimingProblem problem) {
        if (problem != null) {
            throw new InvalidFieldException(problem.field(), problem.message());
        }
    }

    /**
     * The local date an entry belongs to, judged now in the user's zone: the date of its start (which must not lie
     * ahead of the clock), else the date sent, else today; never after today.
     */
    private LocalDate date(TimeEntryTiming timing, LocalDate sent, UserCalendar calendar) {
        if (timing.timed()) {
            Days.requireNotFuture("start_time", timing.startTime(), clock.instant(), CLOCK_SKEW);
            LocalDate started = LocalDate.ofInstant(timing.startTime(), calendar.zone());
            if (sent != null && !sent.equals(started)) {
                throw new InvalidFieldException("date", "must be the local date of start_time (" + started + ")");
            }
            sent = started;
        }
        LocalDate date = sent != null ? sent : calendar.today();
        Days.requireNotFuture(timing.timed() ? "start_time" : "date", date, calendar);
        return date;
    }
}
