package com.lifeos.app.web.openapi;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.jackson.TypeNameResolver;

/**
 * The one rule that names the schemas of {@code /v3/api-docs}. A top-level type keeps its simple name
 * ({@code GoalView}, {@code SignedIn}); a nested one takes its holder's name as a prefix, so that the many
 * {@code Create} records and {@code Item}s of different areas never share a schema:
 * <ul>
 *     <li>a request body ({@code HabitRequests.Create}, {@code GoalController.ChangeRequest}) reads
 *     {@code <Verb><Area>Request} for the verbs {@code Create} and {@code Change} ({@code CreateHabitRequest},
 *     {@code ChangeGoalRequest}) and {@code <Area><Name>Request} otherwise ({@code HabitCheckInRequest});</li>
 *     <li>anything else is {@code <Area><Name>} ({@code DashboardOverviewResponse}, {@code GoalAnalyticsSchedule},
 *     {@code BudgetItem}).</li>
 * </ul>
 * The area is the holder's name without {@code Controller}, {@code Requests} or {@code View}, in the singular;
 * where it ends with the words the nested name starts with, they are said once
 * ({@code RelationshipController.RelationshipResponse} is {@code RelationshipResponse}, {@code QuickActionsView.Action}
 * is {@code QuickAction}). Two types that would still share a name fail the document instead of being merged.
 */
final class SchemaNames extends TypeNameResolver {

    private static final Set<String> VERBS = Set.of("Create", "Change");

    private final Map<String, Class<?>> claimed = new ConcurrentHashMap<>();

    @Override
    protected String getNameOfClass(Class<?> type) {
        if (!type.getName().startsWith("com.lifeos.")) {
            return super.getNameOfClass(type);
        }
        String name = nameOf(type);
        Class<?> owner = claimed.putIfAbsent(name, type);
        if (owner != null && !owner.equals(type)) {
            throw new IllegalStateException("Schema name " + name + " would stand for both " + owner.getName()
                    + " and " + type.getName() + ": rename one of them");
        }
        return name;
    }

    static String nameOf(Class<?> type) {
        Class<?> holder = type.getEnclosingClass();
        if (holder == null) {
            return type.getSimpleName();
        }
        String nested = type.getSimpleName();
        String area = singular(withoutSuffix(withoutSuffix(withoutSuffix(holder.getSimpleName(),
                "Controller"), "Requests"), "View"));
        boolean request = holder.getSimpleName().endsWith("Requests") || nested.endsWith("Request");
        if (!request) {
            return joined(area, nested);
        }
        String action = withoutSuffix(nested, "Request");
        return (VERBS.contains(action) ? action + area : joined(area, action)) + "Request";
    }

    /** {@code area} followed by {@code name}, with the words the end of one shares with the start of the other once. */
    private static String joined(String area, String name) {
        for (int start = 0; start < area.length(); start++) {
            if (!Character.isUpperCase(area.charAt(start))) {
                continue;
            }
            String tail = area.substring(start);
            boolean wordBoundary = name.length() == tail.length()
                    || name.length() > tail.length() && Character.isUpperCase(name.charAt(tail.length()));
            if (name.startsWith(tail) && wordBoundary) {
                return area.substring(0, start) + name;
            }
        }
        return area + name;
    }

    private static String singular(String name) {
        boolean plural = name.endsWith("s") && !name.endsWith("ss") && !name.endsWith("ics") && !name.endsWith("us");
        return plural ? name.substring(0, name.length() - 1) : name;
    }

    private static String withoutSuffix(String name, String suffix) {
        return name.endsWith(suffix) && name.length() > suffix.length()
                ? name.substring(0, name.length() - suffix.length()) : name;
    }
}
