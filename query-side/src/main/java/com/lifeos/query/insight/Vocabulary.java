package com.lifeos.query.insight;

import java.util.List;

/**
 * The closed sets a suggestion's fields come from, and how many of each answer there are: shared by the model's
 * schemas, their checks and the rules.
 */
public final class Vocabulary {

    public static final int GOALS = 3;
    public static final int MIN_HABITS = 2;
    public static final int MAX_HABITS = 3;
    public static final int INSIGHTS = 3;

    public static final List<String> GOAL_CATEGORIES = List.of("health", "fitness", "finance", "learning", "career",
            "relationships", "personal", "hobby");
    public static final List<String> AREAS = List.of("habits", "goals", "projects", "finance", "health", "learning",
            "relationships", "time", "journal");
    public static final List<String> FREQUENCIES = List.of("daily", "weekly", "weekdays");
    public static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private Vocabulary() {
    }
}
