package com.lifeos.api.habit;

import java.util.UUID;

import com.lifeos.api.shared.UserCalendar;

public record FindHabitStreaksQuery(UUID userId, UserCalendar calendar) {
}
