package com.lifeos.app.goal;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.goal.CreateGoalCommand;
import com.lifeos.api.goal.FindGoalQuery;
import com.lifeos.api.goal.GoalPriority;
import com.lifeos.api.goal.GoalView;
import com.lifeos.api.goal.UpdateGoalProgressCommand;
import com.lifeos.api.shared.Texts;
import com.lifeos.app.security.Actor;
import com.lifeos.app.web.Commands;
import com.lifeos.app.web.Creations;
import com.lifeos.app.web.Queries;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/goals")
class GoalController {

    private final Commands commands;
    private final Queries queries;
    private final Creations creations;

    GoalController(Commands commands, Queries queries, Creations creations) {
        this.commands = commands;
        this.queries = queries;
        this.creations = creations;
    }

    record CreateRequest(UUID id,
                         @NotBlank @Size(max = Texts.TITLE_MAX) String title,
                         @Size(max = Texts.DESCRIPTION_MAX) String description,
                         @Size(max = Texts.CATEGORY_MAX) String category,
                         LocalDate targetDate,
                         GoalPriority priority) {
    }

    record ProgressRequest(@NotNull @Min(0) @Max(100) Integer progress) {
    }

    @PostMapping
    ResponseEntity<GoalView> create(Actor actor, @Valid @RequestBody CreateRequest request) {
        UUID goalId = request.id() != null ? request.id() : UUID.randomUUID();
        CreateGoalCommand command = new CreateGoalCommand(goalId, actor.userId(), request.title(),
                request.description(), request.category(), request.targetDate(), request.priority());
        return creations.create(URI.create("/api/goals/" + goalId),
                () -> commands.send(actor.userId(), goalId, command),
                () -> queries.find(new FindGoalQuery(actor.userId(), goalId), GoalView.class));
    }

    @GetMapping("/{id}")
    GoalView get(Actor actor, @PathVariable UUID id) {
        return queries.require(new FindGoalQuery(actor.userId(), id), GoalView.class);
    }

    @PutMapping("/{id}/progress")
    GoalView progress(Actor actor, @PathVariable UUID id, @Valid @RequestBody ProgressRequest request) {
        commands.send(actor.userId(), id, new UpdateGoalProgressCommand(id, actor.userId(), request.progress()));
        return get(actor, id);
    }
}
