package com.lifeos.app.habit;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.ai.SuggestionKind;
import com.lifeos.api.habit.ChangeHabitCommand;
import com.lifeos.api.habit.CheckInHabitCommand;
import com.lifeos.api.habit.CheckInView;
import com.lifeos.api.habit.CreateHabitCommand;
import com.lifeos.api.habit.DeleteHabitCommand;
import com.lifeos.api.habit.FindCheckInQuery;
import com.lifeos.api.habit.FindHabitAnalyticsQuery;
import com.lifeos.api.habit.FindHabitQuery;
import com.lifeos.api.habit.FindHabitStreaksQuery;
import com.lifeos.api.habit.HabitAnalyticsView;
import com.lifeos.api.habit.HabitDefinition;
import com.lifeos.api.habit.HabitPage;
import com.lifeos.api.habit.HabitStreaksView;
import com.lifeos.api.habit.HabitView;
import com.lifeos.api.habit.ListHabitsQuery;
import com.lifeos.api.habit.UndoHabitCheckInCommand;
import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.PageRequest;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.app.security.Actor;
import com.lifeos.app.web.Edge;
import com.lifeos.app.web.PageResponse;
import com.lifeos.app.web.Paging;
import com.lifeos.app.web.Days;
import com.lifeos.insight.Suggestions;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/habits")
class HabitController {

    private final Edge edge;

    HabitController(Edge edge) {
        this.edge = edge;
    }

    @PostMapping
    ResponseEntity<HabitView> create(Actor actor, @Valid @RequestBody HabitRequests.Create request) {
        UUID habitId = request.id() != null ? request.id() : UUID.randomUUID();
        HabitDefinition definition = new HabitDefinition(request.title(), request.description(), request.category(),
                request.frequency(), request.targetPerWeek(), HabitRequests.days(request.daysOfWeek()),
                request.reminderTime(), request.isActive() == null || request.isActive());
        return edge.creations().create(actor.userId(), habitId, URI.create("/api/habits/" + habitId),
                () -> edge.commands().sendAll(actor.userId(), Suggestions.createAccepting(actor.userId(),
                        new CreateHabitCommand(habitId, actor.userId(), definition), request.suggestionId(),
                        SuggestionKind.HABIT, habitId)),
                () -> edge.queries().find(new FindHabitQuery(actor.userId(), habitId, edge.calendars().of(actor)), HabitView.class));
    }

    @GetMapping
    PageResponse<HabitView> list(Actor actor,
                                 @RequestParam(name = "is_active", required = false) Boolean active,
                                 @RequestParam(required = false) String category,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PageRequest pageRequest = Paging.of(page, size);
        HabitPage result = edge.queries().ask(new ListHabitsQuery(actor.userId(), active, category, pageRequest,
                edge.calendars().of(actor)), HabitPage.class);
        return PageResponse.of(result.items(), pageRequest, result.totalItems());
    }

    @GetMapping("/streaks")
    HabitStreaksView streaks(Actor actor) {
        return edge.queries().askCached(actor.userId(), new FindHabitStreaksQuery(actor.userId(), edge.calendars().of(actor)), HabitStreaksView.class);
    }

    @GetMapping("/analytics")
    HabitAnalyticsView analytics(Actor actor,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        UserCalendar calendar = edge.calendars().of(actor);
        DateRange range = Days.range(from, to, calendar, 30);
        return edge.queries().askCached(actor.userId(), new FindHabitAnalyticsQuery(actor.userId(), range.from(), range.to(), calendar), HabitAnalyticsView.class);
    }

    @GetMapping("/{id}")
    HabitView get(Actor actor, @PathVariable UUID id) {
        return edge.queries().require(new FindHabitQuery(actor.userId(), id, edge.calendars().of(actor)), HabitView.class);
    }

    @PutMapping("/{id}")
    HabitView change(Actor actor, @PathVariable UUID id, @Valid @RequestBody HabitRequests.Change request) {
        edge.commands().send(actor.userId(), new ChangeHabitCommand(id, actor.userId(), request.title(),
                request.description(), request.category(), request.frequency(), request.targetPerWeek(),
                HabitRequests.days(request.daysOfWeek()), request.reminderTime(), request.isActive()));
        return get(actor, id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        return edge.remove(actor.userId(), new DeleteHabitCommand(id, actor.userId()));
    }

    @PostMapping("/{id}/checkin")
    ResponseEntity<CheckInResponse> checkIn(Actor actor, @PathVariable UUID id,
                                            @Valid @RequestBody(required = false) HabitRequests.CheckIn request) {
        HabitRequests.CheckIn body = request != null ? request : new HabitRequests.CheckIn(null, null, null);
        UserCalendar calendar = edge.calendars().of(actor);
        UUID checkInId = body.id() != null ? body.id() : UUID.randomUUID();
        LocalDate date = body.date() != null ? body.date() : calendar.today();
        Days.requireNotFuture("date", date, calendar);
        CheckInHabitCommand command = new CheckInHabitCommand(id, actor.userId(), checkInId, date,
                calendar.today(), actor.zone().getId(), edge.privateText().seal(actor.userId(), body.notes()));
        return edge.creations().create(actor.userId(), checkInId, URI.create("/api/habits/" + id + "/checkin/" + checkInId),
                () -> edge.commands().send(actor.userId(), command),
                () -> edge.queries().find(new FindCheckInQuery(actor.userId(), id, checkInId), CheckInView.class)
                        .map(view -> CheckInResponse.of(view, edge.privateText().open(actor.userId(), view.notes()))));
    }

    /** The same command as {@code POST /api/habits/{id}/checkin}; the client sees the result as {@code habit_updated}. */
    @MessageMapping("/habits/checkin")
    void checkInLive(Actor actor, @Valid @Payload HabitRequests.LiveCheckIn request) {
        checkIn(actor, request.habitId(), new HabitRequests.CheckIn(null, request.date(), request.notes()));
    }

    @DeleteMapping("/{id}/checkin/{checkInId}")
    ResponseEntity<Void> undoCheckIn(Actor actor, @PathVariable UUID id, @PathVariable UUID checkInId) {
        return edge.remove(actor.userId(), new UndoHabitCheckInCommand(id, actor.userId(), checkInId));
    }

    record CheckInResponse(UUID id, UUID habitId, LocalDate date, java.time.Instant checkedInAt, String notes) {

        static CheckInResponse of(CheckInView view, String notes) {
            return new CheckInResponse(view.id(), view.habitId(), view.date(), view.checkedInAt(), notes);
        }
    }
}
