package com.lifeos.api.project;

import java.util.UUID;

import com.lifeos.api.shared.UserCalendar;

public record FindProjectAnalyticsQuery(UUID userId, UserCalendar calendar) {
}
