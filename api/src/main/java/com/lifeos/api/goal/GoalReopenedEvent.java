package com.lifeos.api.goal;

import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.Reopening;

/** A completed goal's progress went below 100 % again, so it is active once more. */
public record GoalReopenedEvent(UUID goalId, UUID userId) implements Owned, Reopening {
}
