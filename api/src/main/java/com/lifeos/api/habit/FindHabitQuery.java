package com.lifeos.api.habit;

import java.util.UUID;

import com.lifeos.api.shared.UserCalendar;

public record FindHabitQuery(UUID userId, UUID habitId, UserCalendar calendar) {
}
