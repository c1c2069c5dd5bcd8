package com.lifeos.command.shared;

import java.util.UUID;
import java.util.function.BiFunction;

import com.lifeos.api.shared.SealedText;

/**
 * What a kind of work (goal, project) names in the rules of {@link ProgressingAggregate}: itself in messages, its
 * active and completed statuses, and how each of its progress events is made from the aggregate's id and owner.
 *
 * @param <S> the work's own status type
 */
public record ProgressRules<S extends Enum<S>>(String noun, S active, S completed, ProgressEvent progressUpdated,
                                               BiFunction<UUID, UUID, Object> completion,
                                               BiFunction<UUID, UUID, Object> reopening,
                                               StatusEvent<S> statusChanged) {

    /** Makes the event that sets the progress: id, owner, percent, optional sealed note. */
    @FunctionalInterface
    public interface ProgressEvent {
        Object of(UUID id, UUID userId, int progress, SealedText note);
    }

    /** Makes the event in which the owner sets the status by hand. */
    @FunctionalInterface
    public interface StatusEvent<S> {
        Object of(UUID id, UUID userId, S status);
    }
}
