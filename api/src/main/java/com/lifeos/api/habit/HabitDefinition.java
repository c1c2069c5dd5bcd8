package com.lifeos.api.habit;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import com.lifeos.api.shared.PersonalText;
import com.lifeos.api.shared.Texts;

/**
 * Everything a person decides about a habit: what it is and when it is due.
 * {@code targetPerWeek} matters for weekly habits (1–7), {@code daysOfWeek} for weekdays habits.
 */
public record HabitDefinition(@PersonalText String title, @PersonalText String description,
                              @PersonalText String category, HabitFrequency frequency, Integer targetPerWeek,
                              Set<DayOfWeek> daysOfWeek, LocalTime reminderTime, boolean active) {

    public HabitDefinition {
        Texts.required("title", title, Texts.TITLE_MAX);
        Texts.optional("description", description, Texts.DESCRIPTION_MAX);
        Texts.optional("category", category, Texts.CATEGORY_MAX);
        Objects.requireNonNull(frequency, "frequency");
        // an EnumSet keeps the days in week order, so the stored JSON is the same on every run
        daysOfWeek = daysOfWeek == null || daysOfWeek.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(daysOfWeek));
        switch (frequency) {
            case WEEKLY -> {
                if (targetPerWeek == null || targetPerWeek < 1 || targetPerWeek > 7) {
                    throw new IllegalArgumentException("target_per_week must be between 1 and 7 for a weekly habit");
                }
            }
            case WEEKDAYS -> {
                if (daysOfWeek.isEmpty()) {
                    throw new IllegalArgumentException("days_of_week must name at least one day for a weekdays habit");
                }
            }
            case DAILY -> { }
        }
    }
}
