package com.lifeos.app.web.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The areas of the API as the published document groups them (its tags), each found by the paths it serves.
 * A new controller under a new path prefix needs a line here; the OpenAPI test fails until it has one.
 */
enum ApiArea {

    ACCOUNT("account", "Registration, sign-in, tokens, the profile, exporting and erasing the account.",
            false, "/api/auth", "/api/account"),
    SETTINGS("settings", "Personal preferences: a flat map of key to value.", false, "/api/settings"),
    DASHBOARD("dashboard", "Today's overview, life scores, recent activity and suggested next actions.", false,
            "/api/dashboard"),
    HABITS("habits", "Habits, check-ins, streaks and habit analytics.", false, "/api/habits"),
    GOALS("goals", "Goals, their progress and projected completion.", false, "/api/goals"),
    PROJECTS("projects", "Projects, their progress and deadlines.", false, "/api/projects"),
    HEALTH("health", "Health metrics (weight, sleep, steps...), trends and analytics.", false, "/api/health"),
    FINANCE("finance", "Income and expense records, CSV import and export, budgets and cash flow.", false,
            "/api/finance"),
    LEARNING("learning", "Learning sessions, courses and learning analytics.", false, "/api/learning"),
    RELATIONSHIPS("relationships", "People, interactions and contact reminders.", false, "/api/relationships"),
    TIME("time", "Time entries, where the time goes and productivity by hour and weekday.", false, "/api/time"),
    JOURNAL("journal", "Journal entries, mood trends and journal analytics.", false, "/api/journal"),
    INSIGHTS("insights", "Goal suggestions, habit recommendations and insights (an AI model when configured, "
            + "LifeOS's own rules otherwise).", false, "/api/ai", "/api/insights"),
    AUDIT("audit", "The history of every change: a person's own timeline; anyone's for an AUDITOR.", true,
            "/api/audit"),
    ADMIN("admin", "Read-model projections: status, replay and dead letters (ANALYST or ADMIN).", true,
            "/api/admin"),
    PROBLEMS("problems", "What each problem type (the type of an error answer) means; public.", false, "/problems");

    private final String tag;
    private final String description;
    private final boolean roleRestricted;
    private final List<String> prefixes;

    ApiArea(String tag, String description, boolean roleRestricted, String... prefixes) {
        this.tag = tag;
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

    String tag() {
        return tag;
    }

    String description() {
        return description;
    }

    /** Some operations of the area need a role beyond USER: they may answer 403. */
    boolean roleRestricted() {
        return roleRestricted;
    }
}
