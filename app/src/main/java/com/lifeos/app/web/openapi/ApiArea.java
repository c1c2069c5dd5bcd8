package com.lifeos.app.web.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The areas of the API as the published document groups them (its tags), each found by the paths it serves.
 * A new controller under a new path prefix needs a line here; the OpenAPI test fails until it has one.
 */
enum ApiArea {

    ACCOUNT("Registration, sign-in, tokens, the profile, exporting and erasing the account.", "/api/auth",
            "/api/account"),
    SETTINGS("Personal preferences: a flat map of key to value.", "/api/settings"),
    DASHBOARD("Today's overview, life scores, recent activity and suggested next actions.", "/api/dashboard"),
    HABITS("Habits, check-ins, streaks and habit analytics.", "/api/habits"),
    GOALS("Goals, their progress and projected completion.", "/api/goals"),
    PROJECTS("Projects, their progress and deadlines.", "/api/projects"),
    HEALTH("Health metrics (weight, sleep, steps...), trends and analytics.", "/api/health"),
    FINANCE("Income and expense records, CSV import and export, budgets and cash flow.", "/api/finance"),
    LEARNING("Learning sessions, courses and learning analytics.", "/api/learning"),
    RELATIONSHIPS("People, interactions and contact reminders.", "/api/relationships"),
    TIME("Time entries, where the time goes and productivity by hour and weekday.", "/api/time"),
    JOURNAL("Journal entries, mood trends and journal analytics.", "/api/journal"),
    INSIGHTS("Goal suggestions, habit recommendations and insights (an AI model when configured, "
            + "LifeOS's own rules otherwise).", "/api/ai", "/api/insights"),
    AUDIT("The history of every change: a person's own timeline; anyone's for an AUDITOR.", true,
            "/api/audit"),
    ADMIN("Read-model projections: status, replay and dead letters (ANALYST or ADMIN).", true,
            "/api/admin"),
    PROBLEMS("What each problem type (the type of an error answer) means; public.", "/problems");

    private final String description;
    private final boolean roleRestricted;
    private final List<String> prefixes;

    /** An area every signed-in user (or, for some, anyone) may use all of. */
    ApiArea(String description, String... prefixes) {
        this(description, false, prefixes);
    }

    ApiArea(String description, boolean roleRestricted, String... prefixes) {
        this.description = description;
        this.roleRestricted = roleRestricted;
        this.prefixes = List.of(prefixes);
    }

    static Optional<ApiArea> of(String path) {
        return Arrays.stream(values())
                .filter(area -> area.prefixes.stream()
                        .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/")))
                .findFirst();
    }

    /** The constant's name in lower case. */
    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    String description() {
        return description;
    }

    /** Some operations of the area need a role beyond USER: they may answer 403. */
    boolean roleRestricted() {
        return roleRestricted;
    }
}
