package com.lifeos.api.time;

import java.util.UUID;

import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.UserCalendar;

public record FindTimeAnalyticsQuery(UUID userId, DateRange range, UserCalendar calendar) {
}
