package com.lifeos.api.goal;

import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.StatusChange;

/** The goal was paused, resumed (active) or abandoned by its owner. Completion has its own event. */
public record GoalStatusChangedEvent(UUID goalId, UUID userId, GoalStatus status)
        implements Owned, StatusChange<GoalStatus> {
}
