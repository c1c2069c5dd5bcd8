package com.lifeos.command.learning;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.learning.ChangeLearningSessionCommand;
import com.lifeos.api.learning.DeleteLearningSessionCommand;
import com.lifeos.api.learning.LearningSessionChangedEvent;
import com.lifeos.api.learning.LearningSessionDeletedEvent;
import com.lifeos.api.learning.LearningSessionDetails;
import com.lifeos.api.learning.LearningSessionLoggedEvent;
import com.lifeos.api.learning.LogLearningSessionCommand;
import com.lifeos.command.shared.DetailedAggregate;
import com.lifeos.shared.time.NotInFuture;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One session of learning. Rules: it never happens after the owner's today; only the owner may touch it. Course
 * summaries, streaks and weekly minutes are derived by the read side from the sessions' facts.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotEvery200Events")
class LearningSession extends DetailedAggregate<LearningSessionDetails> {

    @AggregateIdentifier
    private UUID sessionId;

    LearningSession() {
    }

    @CommandHandler
    LearningSession(LogLearningSessionCommand command) {
        requireNotFuture(command.details().sessionDate(), command.today());
        apply(new LearningSessionLoggedEvent(command.sessionId(), command.userId(), command.details(),
                command.zone()));
    }

    @CommandHandler
    void handle(ChangeLearningSessionCommand command) {
        requireOwner(command.userId(), sessionId);
        LearningSessionDetails changed = new LearningSessionDetails(
                command.courseName() != null ? command.courseName() : details.courseName(),
                command.platform() != null ? command.platform() : details.platform(),
                command.durationMinutes() != null ? command.durationMinutes() : details.durationMinutes(),
                command.progressPercentage() != null ? command.progressPercentage() : details.progressPercentage(),
                command.sessionDate() != null ? command.sessionDate() : details.sessionDate(),
                command.clearNotes() ? null : command.notes() != null ? command.notes() : details.notes());
        requireNotFuture(changed.sessionDate(), command.today());
        applyChange(changed, merged -> new LearningSessionChangedEvent(sessionId, userId, merged));
    }

    @CommandHandler
    void handle(DeleteLearningSessionCommand command) {
        delete(command.userId(), sessionId, new LearningSessionDeletedEvent(sessionId, userId));
    }

    /** Only a date the command moves the session to is judged: an unchanged date stays valid whatever today is. */
    private void requireNotFuture(LocalDate date, LocalDate today) {
        if (details == null || !date.equals(details.sessionDate())) {
            NotInFuture.require("session_date", date, today);
        }
    }

    @EventSourcingHandler
    void on(LearningSessionLoggedEvent event) {
        sessionId = event.sessionId();
        userId = event.userId();
        details = event.details();
    }
}
