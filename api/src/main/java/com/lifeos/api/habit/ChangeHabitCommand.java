package com.lifeos.api.habit;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partial change: every null field keeps the habit's current value. */
public record ChangeHabitCommand(@TargetAggregateIdentifier UUID habitId, UUID userId, String title,
                                 String description, String category, HabitFrequency frequency,
                                 Integer targetPerWeek, Set<DayOfWeek> daysOfWeek, LocalTime reminderTime,
                                 Boolean active) {

    public ChangeHabitCommand {
        Checks.addressed("habitId", habitId, userId);
    }
}
