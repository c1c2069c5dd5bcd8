package com.lifeos.command.shared;

import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Completion;
import com.lifeos.api.shared.ProgressUpdate;
import com.lifeos.api.shared.Reopening;
import com.lifeos.api.shared.SealedText;
import com.lifeos.api.shared.StatusChange;
import org.axonframework.eventsourcing.EventSourcingHandler;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Work whose progress runs to 100 % (a goal, a project), with its rules written once: reaching 100 completes it,
 * going below 100 reopens a completed one, completing it through its status sets progress to 100, and a completed
 * one takes no other status by hand (it reopens through its progress). The fields keep the names the aggregates had
 * before this class, so their snapshots still read.
 *
 * @param <S> the work's own status type
 */
public abstract class ProgressingAggregate<S extends Enum<S>> extends OwnedAggregate {

    private static final int DONE = 100;

    /** The rules are the class's, not the state's: never part of a snapshot. */
    private final transient ProgressRules<S> rules;
    protected int progress;
    protected S status;

    protected ProgressingAggregate(ProgressRules<S> rules) {
        this.rules = rules;
    }

    /** A repeated progress without a note records nothing. */
    protected void updateProgress(UUID id, int value, SealedText note) {
        if (value == progress && note == null) {
            return;
        }
        setProgress(id, value, note);
    }

    /** The status the owner asks for; none, or the one it has, records nothing. */
    protected void changeStatus(UUID id, S wanted) {
        if (wanted == null || wanted == status) {
            return;
        }
        if (wanted == rules.completed()) {
            setProgress(id, DONE, null);
            return;
        }
        if (status == rules.completed()) {
            throw new IllegalStateException(
                    "a completed " + rules.noun() + " reopens when its progress goes below 100");
        }
        apply(rules.statusChanged().of(id, userId, wanted));
    }

    private void setProgress(UUID id, int value, SealedText note) {
        apply(rules.progressUpdated().of(id, userId, value, note));
        if (value == DONE && status != rules.completed()) {
            apply(rules.completion().apply(id, userId));
        } else if (value < DONE && status == rules.completed()) {
            apply(rules.reopening().apply(id, userId));
        }
    }

    @EventSourcingHandler
    protected void on(ProgressUpdate event) {
        progress = event.progress();
    }

    @EventSourcingHandler
    protected void on(Completion event) {
        status = rules.completed();
    }

    @EventSourcingHandler
    protected void on(Reopening event) {
        status = rules.active();
    }

    @EventSourcingHandler
    protected void on(StatusChange<S> event) {
        status = Objects.requireNonNull(event.status());
    }
}
