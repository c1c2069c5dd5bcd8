package com.lifeos.app.learning;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.learning.ChangeLearningSessionCommand;
import com.lifeos.api.learning.DeleteLearningSessionCommand;
import com.lifeos.api.learning.FindLearningAnalyticsQuery;
import com.lifeos.api.learning.FindLearningSessionQuery;
import com.lifeos.api.learning.LearningAnalyticsView;
import com.lifeos.api.learning.LearningCoursePage;
import com.lifeos.api.learning.LearningCourseView;
import com.lifeos.api.learning.LearningSessionDetails;
import com.lifeos.api.learning.LearningSessionPage;
import com.lifeos.api.learning.LearningSessionView;
import com.lifeos.api.learning.ListLearningCoursesQuery;
import com.lifeos.api.learning.ListLearningSessionsQuery;
import com.lifeos.api.learning.LogLearningSessionCommand;
import com.lifeos.api.shared.PageRequest;
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
 * A person's learning: sessions, the courses they add up to, and time spent. Notes are sealed with the owner's
 * key before they enter a command and opened here for the owner alone; course names and platforms stay in clear
 * because the courses and analytics group by them.
 */
@RestController
@RequestMapping("/api/learning")
class LearningController {

    /** Twelve weeks: enough for a trend of weekly minutes. */
    private static final int DEFAULT_ANALYTICS_DAYS = 84;

    private final Edge edge;

    LearningController(Edge edge) {
        this.edge = edge;
    }

    record SessionResponse(UUID id, String courseName, String platform, int durationMinutes,
                           Integer progressPercentage, LocalDate sessionDate, String notes, Instant createdAt,
                           Instant updatedAt) {
    }

    @PostMapping("/sessions")
    ResponseEntity<SessionResponse> create(Actor actor, @Valid @RequestBody LearningRequests.Create request) {
        UserCalendar calendar = edge.calendars().of(actor);
        LocalDate sessionDate = Days.statedOrToday("session_date", request.sessionDate(), calendar);
        UUID sessionId = request.id() != null ? request.id() : UUID.randomUUID();
        LearningSessionDetails details = new LearningSessionDetails(request.courseName(), request.platform(),
                request.durationMinutes(), request.progressPercentage(), sessionDate,
                edge.privateText().seal(actor.userId(), request.notes()));
        LogLearningSessionCommand command = new LogLearningSessionCommand(sessionId, actor.userId(), details,
                actor.zone().getId(), calendar.today());
        return edge.create(actor.userId(), sessionId, URI.create("/api/learning/sessions/" + sessionId),
                command, new FindLearningSessionQuery(actor.userId(), sessionId), LearningSessionView.class,
                view -> response(actor, view));
    }

    @GetMapping("/sessions")
    PageResponse<SessionResponse> list(Actor actor,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                       LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                       LocalDate to,
                                       @RequestParam(name = "course_name", required = false) String courseName,
                                       @RequestParam(required = false) String platform,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PageRequest pageRequest = Paging.of(page, size);
        Days.requireOrdered(from, to);
        LearningSessionPage result = edge.queries().ask(new ListLearningSessionsQuery(actor.userId(), from, to, courseName,
                platform, pageRequest), LearningSessionPage.class);
        return PageResponse.of(result.items().stream().map(view -> response(actor, view)).toList(), pageRequest,
                result.totalItems());
    }

    @GetMapping("/sessions/{id}")
    SessionResponse get(Actor actor, @PathVariable UUID id) {
        return response(actor, edge.queries().require(new FindLearningSessionQuery(actor.userId(), id),
                LearningSessionView.class));
    }

    /**
     * Another user's session is a 404 before the body is judged. Only a date the session moves to must not be in
     * the future: a session logged for today in one zone stays editable after its owner moves to a zone behind.
     */
    @PutMapping("/sessions/{id}")
    SessionResponse change(Actor actor, @PathVariable UUID id, @Valid @RequestBody LearningRequests.Change request) {
        UserCalendar calendar = edge.calendars().of(actor);
        SessionResponse current = get(actor, id);
        if (request.sessionDate() != null && !request.sessionDate().equals(current.sessionDate())) {
            Days.requireNotFuture("session_date", request.sessionDate(), calendar);
        }
        boolean clearNotes = request.notes() != null && request.notes().isEmpty();
        edge.commands().send(actor.userId(), new ChangeLearningSessionCommand(id, actor.userId(), request.courseName(),
                request.platform(), request.durationMinutes(), request.progressPercentage(), request.sessionDate(),
                edge.privateText().seal(actor.userId(), request.notes()), clearNotes, calendar.today()));
        return get(actor, id);
    }

    @DeleteMapping("/sessions/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        return edge.remove(actor.userId(), new DeleteLearningSessionCommand(id, actor.userId()));
    }

    @GetMapping("/courses")
    PageResponse<LearningCourseView> courses(Actor actor, @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PageRequest pageRequest = Paging.of(page, size);
        LearningCoursePage result = edge.queries().ask(new ListLearningCoursesQuery(actor.userId(), pageRequest),
                LearningCoursePage.class);
        return PageResponse.of(result.items(), pageRequest, result.totalItems());
    }

    @GetMapping("/analytics")
    LearningAnalyticsView analytics(Actor actor,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate to) {
        UserCalendar calendar = edge.calendars().of(actor);
        return edge.queries().askCached(actor.userId(), new FindLearningAnalyticsQuery(actor.userId(),
                Days.range(from, to, calendar, DEFAULT_ANALYTICS_DAYS), calendar), LearningAnalyticsView.class);
    }

    private SessionResponse response(Actor actor, LearningSessionView view) {
        return new SessionResponse(view.id(), view.courseName(), view.platform(), view.durationMinutes(),
                view.progressPercentage(), view.sessionDate(), edge.privateText().open(actor.userId(), view.notes()),
                view.createdAt(), view.updatedAt());
    }
}
