package com.lifeos.api.goal;

import java.util.UUID;

import com.lifeos.api.shared.Completion;
import com.lifeos.api.shared.Owned;

/** The goal reached 100 %. */
public record GoalCompletedEvent(UUID goalId, UUID userId) implements Owned, Completion {
}
