package com.lifeos.api.habit;

import java.util.UUID;

public record FindCheckInQuery(UUID userId, UUID habitId, UUID checkInId) {
}
