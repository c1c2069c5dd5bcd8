package com.lifeos.api.goal;

import java.util.UUID;

import com.lifeos.api.shared.Deletion;
import com.lifeos.api.shared.Owned;

public record GoalDeletedEvent(UUID goalId, UUID userId) implements Owned, Deletion {
}
