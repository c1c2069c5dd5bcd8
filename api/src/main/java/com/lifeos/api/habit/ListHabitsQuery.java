package com.lifeos.api.habit;

import java.util.UUID;

import com.lifeos.api.shared.PageRequest;
import com.lifeos.api.shared.UserCalendar;

/** The user's habits, oldest first; {@code active} and {@code category} narrow the list when present. */
public record ListHabitsQuery(UUID userId, Boolean active, String category, PageRequest page,
                              UserCalendar calendar) {
}
