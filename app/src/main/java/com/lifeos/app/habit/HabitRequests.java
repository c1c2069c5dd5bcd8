package com.lifeos.app.habit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.lifeos.api.habit.HabitFrequency;
import com.lifeos.api.shared.Texts;
import com.lifeos.shared.wire.EnumNames;
import com.lifeos.shared.error.InvalidFieldException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON bodies of the habit endpoints, checked at the transport edge. */
final class HabitRequests {

    private HabitRequests() {
    }

    record Create(UUID id,
                  @NotBlank @Size(max = Texts.TITLE_MAX) String title,
                  @Size(max = Texts.DESCRIPTION_MAX) String description,
                  @Size(max = Texts.CATEGORY_MAX) String category,
                  @NotNull HabitFrequency frequency,
                  @Min(1) @Max(7) Integer targetPerWeek,
                  List<DayOfWeek> daysOfWeek,
                  LocalTime reminderTime,
                  Boolean isActive,
                  UUID suggestionId) {
    }

    /** Every field is optional: absent (or null) keeps the current value. */
    record Change(@Size(min = 1, max = Texts.TITLE_MAX) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
                  String title,
                  @Size(max = Texts.DESCRIPTION_MAX) String description,
                  @Size(max = Texts.CATEGORY_MAX) String category,
                  HabitFrequency frequency,
                  @Min(1) @Max(7) Integer targetPerWeek,
                  List<DayOfWeek> daysOfWeek,
                  LocalTime reminderTime,
                  Boolean isActive) {
    }

    record CheckIn(UUID id, LocalDate date, @Size(max = Texts.NOTES_MAX) String notes) {
    }

    /** A check-in sent over the live socket: the habit is named in the body, since a message has no path. */
    record LiveCheckIn(@NotNull UUID habitId, LocalDate date, @Size(max = Texts.NOTES_MAX) String notes) {
    }

    /** The days named (each once); null stays null. */
    static Set<DayOfWeek> days(List<DayOfWeek> days) {
        if (days == null) {
            return null;
        }
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : days) {
            if (day == null) {
                throw new InvalidFieldException("days_of_week", EnumNames.expected(DayOfWeek.class));
            }
            set.add(day);
        }
        return set;
    }
}
