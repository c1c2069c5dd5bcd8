package com.lifeos.query.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.api.dashboard.QuickActionsView;
import com.lifeos.api.shared.SealedText;

/**
 * The next useful actions, drawn from today's overview and ranked by how soon they stop being possible: habits
 * due today and not done (today ends), then contacts overdue (longest first), goals behind or overdue (furthest
 * behind first), budgets about to be or already exceeded (fullest first), and a journal entry when none was
 * written today. An action disappears as soon as it is done, because the overview it comes from changes.
 */
public final class QuickActions {

    private QuickActions() {
    }

    public static List<QuickActionsView.Action> rank(DashboardOverviewView overview, LocalDate today, int limit) {
        List<Candidate> candidates = new ArrayList<>();
        for (DashboardOverviewView.HabitToday habit : overview.habits().items()) {
            if (!habit.doneToday()) {
                candidates.add(new Candidate("check_in_habit", "Check in " + quoted(habit.title()), "POST",
                        "/api/habits/" + habit.habitId() + "/checkin", "{}", habit.habitId(), null));
            }
        }
        overview.relationships().items().stream()
                .filter(DashboardOverviewView.ContactDue::overdue)
                .sorted((a, b) -> Long.compare(b.daysOverdue(), a.daysOverdue()))
                .forEach(contact -> candidates.add(new Candidate("contact_someone",
                        "Get in touch with {subject} (" + contact.daysOverdue() + " days overdue)", "POST",
                        "/api/relationships/" + contact.relationshipId() + "/interactions", "{\"kind\":\"call\"}",
                        contact.relationshipId(), contact.contactName())));
        overview.goals().items().stream()
                .filter(goal -> goal.state().equals("behind") || goal.state().equals("overdue"))
                .sorted((a, b) -> Integer.compare(gap(b), gap(a)))
                .forEach(goal -> candidates.add(new Candidate("update_goal",
                        "Move " + quoted(goal.title()) + " forward (at " + goal.progress() + " %, expected "
                                + goal.expectedProgress() + " %)", "PUT", "/api/goals/" + goal.goalId() + "/progress",
                        "{\"progress\":" + Math.min(100, goal.progress() + 10) + "}", goal.goalId(), null)));
        if (overview.finance() != null) {
            List<DashboardOverviewView.BudgetAlert> fullestFirst = overview.finance().budgets().stream()
                    .sorted((a, b) -> b.percentUsed().compareTo(a.percentUsed())).toList();
            for (DashboardOverviewView.BudgetAlert budget : fullestFirst) {
                candidates.add(new Candidate("review_budget", "Review " + quoted(budget.category()) + " spending ("
                        + budget.percentUsed().stripTrailingZeros().toPlainString() + " % of the budget used)", "GET",
                        "/api/finance/records?category=" + URLEncoder.encode(budget.category(), StandardCharsets.UTF_8) + "&from=" + today.withDayOfMonth(1), null, null,
                        null));
            }
        }
        if (overview.journal().lastEntryDate() == null || overview.journal().lastEntryDate().isBefore(today)) {
            candidates.add(new Candidate("write_journal", "Write today's journal entry", "POST",
                    "/api/journal/entries", "{\"content\":\"...\",\"mood\":\"okay\"}", null, null));
        }
        List<QuickActionsView.Action> actions = new ArrayList<>();
        for (Candidate candidate : candidates.subList(0, Math.min(limit, candidates.size()))) {
            actions.add(new QuickActionsView.Action(actions.size() + 1, candidate.kind(), candidate.title(),
                    candidate.method(), candidate.path(), candidate.body(), candidate.entityId(), candidate.subject()));
        }
        return actions;
    }

    private static int gap(DashboardOverviewView.GoalToday goal) {
        return goal.expectedProgress() - goal.progress();
    }

    private static String quoted(String title) {
        return "'" + title + "'";
    }

    private record Candidate(String kind, String title, String method, String path, String body,
                             UUID entityId, SealedText subject) {
    }
}
