package com.lifeos.app.goal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.lifeos.api.ai.SuggestionKind;
import com.lifeos.api.goal.ChangeGoalCommand;
import com.lifeos.api.goal.CreateGoalCommand;
import com.lifeos.api.goal.DeleteGoalCommand;
import com.lifeos.api.goal.FindGoalAnalyticsQuery;
import com.lifeos.api.goal.FindGoalProgressHistoryQuery;
import com.lifeos.api.goal.FindGoalQuery;
import com.lifeos.api.goal.GoalAnalyticsView;
import com.lifeos.api.goal.GoalPage;
import com.lifeos.api.goal.GoalPriority;
import com.lifeos.api.goal.GoalProgressHistoryView;
import com.lifeos.api.goal.GoalSort;
import com.lifeos.api.goal.GoalStatus;
import com.lifeos.api.goal.GoalView;
import com.lifeos.api.goal.ListGoalsQuery;
import com.lifeos.api.goal.UpdateGoalProgressCommand;
import com.lifeos.api.shared.PageRequest;
import com.lifeos.api.shared.Texts;
import com.lifeos.app.security.Actor;
import com.lifeos.app.web.Days;
import com.lifeos.app.web.Edge;
import com.lifeos.shared.error.InvalidFieldException;
import com.lifeos.app.web.PageResponse;
import com.lifeos.app.web.Paging;
import com.lifeos.insight.Suggestions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
@RequestMapping("/api/goals")
class GoalController {

    private final Edge edge;

    GoalController(Edge edge) {
        this.edge = edge;
    }

    record CreateRequest(UUID id,
                         @NotBlank @Size(max = Texts.TITLE_MAX) String title,
                         @Size(max = Texts.DESCRIPTION_MAX) String description,
                         @Size(max = Texts.CATEGORY_MAX) String category,
                         LocalDate startDate,
                         LocalDate targetDate,
                         GoalPriority priority,
                         UUID suggestionId) {
    }

    /** Every field is optional: absent (or null) keeps the current value. */
    record ChangeRequest(@Size(min = 1, max = Texts.TITLE_MAX) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
                         String title,
                         @Size(max = Texts.DESCRIPTION_MAX) String description,
                         @Size(max = Texts.CATEGORY_MAX) String category,
                         LocalDate startDate,
                         LocalDate targetDate,
                         GoalPriority priority,
                         GoalStatus status) {
    }

    record ProgressRequest(@NotNull @Min(0) @Max(100) Integer progress,
                           @Size(max = Texts.NOTES_MAX) String note) {
    }

    /** Progress sent over the live socket: the goal is named in the body, since a message has no path. */
    record LiveProgressRequest(@NotNull UUID goalId, @NotNull @Min(0) @Max(100) Integer progress,
                               @Size(max = Texts.NOTES_MAX) String note) {
    }

    record ProgressEntry(int progress, String note, Instant at) {
    }

    record ProgressHistory(List<ProgressEntry> items) {
    }

    /** {@code start_date} defaults to the user's today (or the target date, when that has passed). */
    @PostMapping
    ResponseEntity<GoalView> create(Actor actor, @Valid @RequestBody CreateRequest request) {
        UUID goalId = request.id() != null ? request.id() : UUID.randomUUID();
        LocalDate today = edge.calendars().of(actor).today();
        LocalDate startDate = request.startDate() != null ? request.startDate()
                : Days.defaultStart(request.targetDate(), today);
        Days.requireStart(startDate, true, "target_date", request.targetDate(), today);
        CreateGoalCommand command = new CreateGoalCommand(goalId, actor.userId(), request.title(),
                request.description(), request.category(), request.targetDate(), request.priority(), startDate,
                today);
        return edge.creations().create(actor.userId(), goalId, URI.create("/api/goals/" + goalId),
                () -> edge.commands().sendAll(actor.userId(), Suggestions.createAccepting(actor.userId(), command,
                        request.suggestionId(), SuggestionKind.GOAL, goalId)),
                () -> edge.queries().find(new FindGoalQuery(actor.userId(), goalId), GoalView.class));
    }

    @GetMapping
    PageResponse<GoalView> list(Actor actor,
                                @RequestParam(required = false) GoalStatus status,
                                @RequestParam(required = false) String category,
                                @RequestParam(required = false) GoalPriority priority,
                                @RequestParam(required = false, defaultValue = "created_at") String sort,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PageRequest pageRequest = Paging.of(page, size);
        GoalPage result = edge.queries().ask(new ListGoalsQuery(actor.userId(), status, category, priority, sortOf(sort),
                pageRequest), GoalPage.class);
        return PageResponse.of(result.items(), pageRequest, result.totalItems());
    }

    @GetMapping("/analytics")
    GoalAnalyticsView analytics(Actor actor) {
        return edge.queries().askCached(actor.userId(), new FindGoalAnalyticsQuery(actor.userId(), edge.calendars().of(actor)), GoalAnalyticsView.class);
    }

    @GetMapping("/{id}")
    GoalView get(Actor actor, @PathVariable UUID id) {
        return edge.queries().require(new FindGoalQuery(actor.userId(), id), GoalView.class);
    }

    /** Another user's goal is a 404 before anything about the body (such as its dates) is judged. */
    @PutMapping("/{id}")
    GoalView change(Actor actor, @PathVariable UUID id, @Valid @RequestBody ChangeRequest request) {
        GoalView current = get(actor, id);
        LocalDate today = edge.calendars().of(actor).today();
        Days.requireStart(request.startDate() != null ? request.startDate() : current.startDate(),
                request.startDate() != null, "target_date",
                request.targetDate() != null ? request.targetDate() : current.targetDate(), today);
        edge.commands().send(actor.userId(), new ChangeGoalCommand(id, actor.userId(), request.title(),
                request.description(), request.category(), request.targetDate(), request.priority(),
                request.status(), request.startDate(), today));
        return get(actor, id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        return edge.remove(actor.userId(), new DeleteGoalCommand(id, actor.userId()));
    }

    @PutMapping("/{id}/progress")
    GoalView progress(Actor actor, @PathVariable UUID id, @Valid @RequestBody ProgressRequest request) {
        edge.commands().send(actor.userId(), new UpdateGoalProgressCommand(id, actor.userId(), request.progress(),
                edge.privateText().seal(actor.userId(), request.note())));
        return get(actor, id);
    }

    /** The same command as {@code PUT /api/goals/{id}/progress}; the client sees the result as {@code goal_updated}. */
    @MessageMapping("/goals/progress")
    void progressLive(Actor actor, @Valid @Payload LiveProgressRequest request) {
        progress(actor, request.goalId(), new ProgressRequest(request.progress(), request.note()));
    }

    @GetMapping("/{id}/progress-history")
    ProgressHistory progressHistory(Actor actor, @PathVariable UUID id) {
        GoalProgressHistoryView history = edge.queries().require(new FindGoalProgressHistoryQuery(actor.userId(), id),
                GoalProgressHistoryView.class);
        return new ProgressHistory(history.items().stream()
                .map(entry -> new ProgressEntry(entry.progress(), edge.privateText().open(actor.userId(), entry.note()),
                        entry.at()))
                .toList());
    }

    private static GoalSort sortOf(String sort) {
        try {
            return GoalSort.valueOf(sort.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("sort", "must be created_at, target_date or priority");
        }
    }
}
