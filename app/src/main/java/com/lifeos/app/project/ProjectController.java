package com.lifeos.app.project;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.goal.FindGoalQuery;
import com.lifeos.api.goal.GoalView;
import com.lifeos.api.project.ChangeProjectCommand;
import com.lifeos.api.project.CreateProjectCommand;
import com.lifeos.api.project.DeleteProjectCommand;
import com.lifeos.api.project.FindProjectAnalyticsQuery;
import com.lifeos.api.project.FindProjectQuery;
import com.lifeos.api.project.ListProjectsQuery;
import com.lifeos.api.project.ProjectAnalyticsView;
import com.lifeos.api.project.ProjectPage;
import com.lifeos.api.project.ProjectPriority;
import com.lifeos.api.project.ProjectStatus;
import com.lifeos.api.project.ProjectView;
import com.lifeos.api.project.UpdateProjectProgressCommand;
import com.lifeos.api.shared.PageRequest;
import com.lifeos.app.security.Actor;
import com.lifeos.app.web.Days;
import com.lifeos.app.web.Edge;
import com.lifeos.shared.error.InvalidFieldException;
import com.lifeos.app.web.PageResponse;
import com.lifeos.app.web.Paging;
import jakarta.validation.Valid;
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

@RestController
@RequestMapping("/api/projects")
class ProjectController {

    private final Edge edge;

    ProjectController(Edge edge) {
        this.edge = edge;
    }

    @PostMapping
    ResponseEntity<ProjectView> create(Actor actor, @Valid @RequestBody ProjectRequests.Create request) {
        UUID projectId = request.id() != null ? request.id() : UUID.randomUUID();
        LocalDate today = edge.calendars().of(actor).today();
        LocalDate startDate = request.startDate() != null ? request.startDate()
                : Days.defaultStart(request.dueDate(), today);
        Days.requireStart(startDate, true, "due_date", request.dueDate(), today);
        CreateProjectCommand command = new CreateProjectCommand(projectId, actor.userId(), request.title(),
                request.description(), request.dueDate(), request.priority(), request.goalId(),
                ownerOfGoal(actor, request.goalId()), startDate, today);
        return edge.create(actor.userId(), projectId, URI.create("/api/projects/" + projectId),
                command, new FindProjectQuery(actor.userId(), projectId), ProjectView.class);
    }

    @GetMapping
    PageResponse<ProjectView> list(Actor actor,
                                   @RequestParam(required = false) ProjectStatus status,
                                   @RequestParam(required = false) ProjectPriority priority,
                                   @RequestParam(name = "goal_id", required = false) UUID goalId,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PageRequest pageRequest = Paging.of(page, size);
        ProjectPage result = edge.queries().ask(new ListProjectsQuery(actor.userId(), status, priority, goalId, pageRequest),
                ProjectPage.class);
        return PageResponse.of(result.items(), pageRequest, result.totalItems());
    }

    @GetMapping("/analytics")
    ProjectAnalyticsView analytics(Actor actor) {
        return edge.queries().askCached(actor.userId(), new FindProjectAnalyticsQuery(actor.userId(), edge.calendars().of(actor)),
                ProjectAnalyticsView.class);
    }

    @GetMapping("/{id}")
    ProjectView get(Actor actor, @PathVariable UUID id) {
        return edge.queries().require(new FindProjectQuery(actor.userId(), id), ProjectView.class);
    }

    /** Another user's project is a 404 before anything about the body (such as its goal) is judged. */
    @PutMapping("/{id}")
    ProjectView change(Actor actor, @PathVariable UUID id, @Valid @RequestBody ProjectRequests.Change request) {
        ProjectView current = get(actor, id);
        boolean unlinkGoal = Boolean.TRUE.equals(request.unlinkGoal());
        if (unlinkGoal && request.goalId() != null) {
            throw new InvalidFieldException("unlink_goal", "cannot be combined with goal_id");
        }
        LocalDate today = edge.calendars().of(actor).today();
        Days.requireStart(request.startDate() != null ? request.startDate() : current.startDate(),
                request.startDate() != null, "due_date",
                request.dueDate() != null ? request.dueDate() : current.dueDate(), today);
        edge.commands().send(actor.userId(), new ChangeProjectCommand(id, actor.userId(), request.title(),
                request.description(), request.dueDate(), request.priority(), request.status(), request.goalId(),
                ownerOfGoal(actor, request.goalId()), unlinkGoal, request.startDate(), today));
        return get(actor, id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        return edge.remove(actor.userId(), new DeleteProjectCommand(id, actor.userId()));
    }

    @PutMapping("/{id}/progress")
    ProjectView progress(Actor actor, @PathVariable UUID id, @Valid @RequestBody ProjectRequests.Progress request) {
        edge.commands().send(actor.userId(), new UpdateProjectProgressCommand(id, actor.userId(), request.progress(),
                edge.privateText().seal(actor.userId(), request.note())));
        return get(actor, id);
    }

    /**
     * Who owns the goal to link, as far as the caller may know: the caller when it is one of theirs, else a 400
     * naming {@code goal_id} (an unknown goal and another user's goal look the same). The aggregate checks the
     * owner it is given again, so no other sender can link a foreign goal either.
     */
    private UUID ownerOfGoal(Actor actor, UUID goalId) {
        if (goalId == null) {
            return null;
        }
        return edge.queries().find(new FindGoalQuery(actor.userId(), goalId), GoalView.class)
                .map(goal -> actor.userId())
                .orElseThrow(() -> new InvalidFieldException("goal_id", "must be one of your own goals"));
    }
}
