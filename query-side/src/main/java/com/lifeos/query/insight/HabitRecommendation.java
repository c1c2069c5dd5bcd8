package com.lifeos.query.insight;

import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.habit.HabitFrequency;

/**
 * A habit LifeOS recommends; created as it stands with {@code POST /api/habits} and {@code "suggestion_id": id}.
 * {@code targetPerWeek} is given for weekly habits only, {@code daysOfWeek} for weekdays habits only.
 */
public record HabitRecommendation(UUID id, String title, HabitFrequency frequency, Integer targetPerWeek,
                                  List<DayOfWeek> daysOfWeek, String why) {

    public HabitRecommendation withId(UUID newId) {
        return new HabitRecommendation(newId, title, frequency, targetPerWeek, daysOfWeek, why);
    }
}
