package com.lifeos.api.goal;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

/** The goal was paused, resumed (active) or abandoned by its owner. Completion has its own event. */
public record GoalStatusChangedEvent(UUID goalId, UUID userId, GoalStatus status) implements Owned {
}
