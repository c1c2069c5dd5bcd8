package com.lifeos.api.goal;

import java.util.UUID;

import com.lifeos.api.shared.UserCalendar;

public record FindGoalAnalyticsQuery(UUID userId, UserCalendar calendar) {
}
