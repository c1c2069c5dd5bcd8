package com.lifeos.api.learning;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** The owner learned: the session as stated, its date a local date judged in {@code zone}. */
public record LearningSessionLoggedEvent(UUID sessionId, UUID userId, LearningSessionDetails details,
                                         String zone) implements Owned {
}
