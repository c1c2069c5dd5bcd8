package com.lifeos.app.ai;

import java.util.List;

/** The closed sets a suggestion's fields come from, shared by the model's schemas, their checks and the rules. */
final class Vocabulary {

    static final List<String> GOAL_CATEGORIES = List.of("health", "fitness", "finance", "learning", "career",
            "relationships", "personal", "hobby");
    static final List<String> AREAS = List.of("habits", "goals", "projects", "finance", "health", "learning",
            "relationships", "time", "journal");
    static final List<String> FREQUENCIES = List.of("daily", "weekly", "weekdays");
    static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private Vocabulary() {
    }
}
