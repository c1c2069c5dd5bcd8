package com.lifeos.command.project;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.project.ChangeProjectCommand;
import com.lifeos.api.project.CreateProjectCommand;
import com.lifeos.api.project.DeleteProjectCommand;
import com.lifeos.api.project.ProjectChangedEvent;
import com.lifeos.api.project.ProjectCompletedEvent;
import com.lifeos.api.project.ProjectCreatedEvent;
import com.lifeos.api.project.ProjectDeletedEvent;
import com.lifeos.api.project.ProjectLinkedToGoalEvent;
import com.lifeos.api.project.ProjectPriority;
import com.lifeos.api.project.ProjectProgressUpdatedEvent;
import com.lifeos.api.project.ProjectReopenedEvent;
import com.lifeos.api.project.ProjectStatus;
import com.lifeos.api.project.ProjectStatusChangedEvent;
import com.lifeos.api.project.ProjectUnlinkedFromGoalEvent;
import com.lifeos.api.project.UpdateProjectProgressCommand;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.PersonalText;
import com.lifeos.shared.time.NotInFuture;
import com.lifeos.command.shared.ProgressRules;
import com.lifeos.command.shared.ProgressingAggregate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A project and its progress. Reaching 100 % completes it; going below 100 % reopens a completed project.
 * Its owner may put it on hold, resume or cancel it; completing through the status sets progress to 100.
 * It may serve one goal, and only a goal of its own owner: the sender says whose goal it found. Its start date
 * (when its owner began on it) is never in the owner's future and never after its due date.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotEvery200Events")
class Project extends ProgressingAggregate<ProjectStatus> {

    private static final ProgressRules<ProjectStatus> PROGRESS = new ProgressRules<>("project",
            ProjectStatus.ACTIVE, ProjectStatus.COMPLETED, ProjectProgressUpdatedEvent::new, ProjectCompletedEvent::new,
            ProjectReopenedEvent::new, ProjectStatusChangedEvent::new);

    @AggregateIdentifier
    private UUID projectId;
    @PersonalText
    private String title;
    @PersonalText
    private String description;
    private LocalDate dueDate;
    private LocalDate startDate;
    private ProjectPriority priority;
    private UUID goalId;

    Project() {
        super(PROGRESS);
    }

    @CommandHandler
    Project(CreateProjectCommand command) {
        super(PROGRESS);
        if (command.goalId() != null) {
            requireOwnGoal(command.userId(), command.goalOwnerId());
        }
        NotInFuture.require("start_date", command.startDate(), command.today());
        apply(new ProjectCreatedEvent(command.projectId(), command.userId(), command.title(), command.description(),
                command.dueDate(), command.priority(), command.goalId(), command.startDate()));
    }

    @CommandHandler
    void handle(UpdateProjectProgressCommand command) {
        requireOwner(command.userId(), projectId);
        updateProgress(projectId, command.progress(), command.note());
    }

    @CommandHandler
    void handle(ChangeProjectCommand command) {
        requireOwner(command.userId(), projectId);
        if (command.goalId() != null) {
            requireOwnGoal(userId, command.goalOwnerId());
        }
        if (command.startDate() != null && !command.startDate().equals(startDate)) {
            NotInFuture.require("start_date", command.startDate(), command.today());
        }
        ProjectChangedEvent changed = new ProjectChangedEvent(projectId, userId,
                command.title() != null ? command.title() : title,
                command.description() != null ? command.description() : description,
                command.dueDate() != null ? command.dueDate() : dueDate,
                command.priority() != null ? command.priority() : priority,
                command.startDate() != null ? command.startDate() : startDate);
        DateBounds.requireInOrder("start_date", changed.startDate(), "due_date", changed.dueDate(),
                command.startDate() == null);
        if (!changed.equals(new ProjectChangedEvent(projectId, userId, title, description, dueDate, priority,
                startDate))) {
            apply(changed);
        }
        if (command.goalId() != null && !command.goalId().equals(goalId)) {
            apply(new ProjectLinkedToGoalEvent(projectId, userId, command.goalId()));
        } else if (command.unlinkGoal() && goalId != null) {
            apply(new ProjectUnlinkedFromGoalEvent(projectId, userId, goalId));
        }
        changeStatus(projectId, command.status());
    }

    @CommandHandler
    void handle(DeleteProjectCommand command) {
        delete(command.userId(), projectId, new ProjectDeletedEvent(projectId, userId));
    }

    /** Linking someone else's goal (or one that was not found) is bad input, not a lookup of this project. */
    private static void requireOwnGoal(UUID projectOwner, UUID goalOwner) {
        if (!projectOwner.equals(goalOwner)) {
            throw new IllegalArgumentException("goal_id must be one of your own goals");
        }
    }

    @EventSourcingHandler
    void on(ProjectCreatedEvent event) {
        projectId = event.projectId();
        userId = event.userId();
        title = event.title();
        description = event.description();
        dueDate = event.dueDate();
        priority = event.priority();
        goalId = event.goalId();
        startDate = event.startDate();
        status = ProjectStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(ProjectChangedEvent event) {
        title = event.title();
        description = event.description();
        dueDate = event.dueDate();
        priority = event.priority();
        startDate = event.startDate();
    }

    @EventSourcingHandler
    void on(ProjectLinkedToGoalEvent event) {
        goalId = event.goalId();
    }

    @EventSourcingHandler
    void on(ProjectUnlinkedFromGoalEvent event) {
        goalId = null;
    }
}
