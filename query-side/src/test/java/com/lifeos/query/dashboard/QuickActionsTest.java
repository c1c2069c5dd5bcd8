package com.lifeos.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.api.dashboard.DashboardOverviewView.BudgetAlert;
import com.lifeos.api.dashboard.DashboardOverviewView.ContactDue;
import com.lifeos.api.dashboard.DashboardOverviewView.GoalToday;
import com.lifeos.api.dashboard.DashboardOverviewView.HabitToday;
import com.lifeos.api.dashboard.QuickActionsView;
import com.lifeos.api.shared.SealedText;
import org.junit.jupiter.api.Test;

class QuickActionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final UUID READ = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID RUN = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID ANA = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-000000000004");
    private static final UUID BOOK = UUID.fromString("00000000-0000-0000-0000-000000000005");
    private static final UUID TRIP = UUID.fromString("00000000-0000-0000-0000-000000000006");

    @Test
    void actionsAreRankedHabitsContactsGoalsBudgetsThenTheJournal() {
        List<QuickActionsView.Action> actions = QuickActions.rank(overview(
                List.of(habit(READ, "Read", false), habit(RUN, "Run", true)),
                List.of(contact(ANA, 2), contact(BEN, 9)),
                List.of(goal(BOOK, "Write a book", 20, 60, "behind"), goal(TRIP, "Plan a trip", 10, 30, "behind")),
                List.of(budget("Dining", "85.0"), budget("Groceries", "104.0")), TODAY.minusDays(1)), TODAY, 20);

        assertThat(actions).extracting(QuickActionsView.Action::kind).containsExactly("check_in_habit",
                "contact_someone", "contact_someone", "update_goal", "update_goal", "review_budget", "review_budget",
                "write_journal");
        assertThat(actions).extracting(QuickActionsView.Action::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(actions.get(0).path()).isEqualTo("/api/habits/" + READ + "/checkin");
        assertThat(actions.get(1).entityId()).as("longest overdue first").isEqualTo(BEN);
        assertThat(actions.get(3).entityId()).as("furthest behind first").isEqualTo(BOOK);
        assertThat(actions.get(3).body()).isEqualTo("{\"progress\":30}");
        assertThat(actions.get(5).title()).contains("Groceries").contains("104 %");
        assertThat(actions.get(5).path()).isEqualTo("/api/finance/records?category=Groceries&from=2026-11-01");
    }

    @Test
    void whatIsDoneTodayOffersNothing() {
        List<QuickActionsView.Action> actions = QuickActions.rank(overview(List.of(habit(READ, "Read", true)),
                List.of(contact(ANA, 0)), List.of(goal(BOOK, "Write a book", 70, 60, "on_track")), List.of(),
                TODAY), TODAY, 20);

        assertThat(actions).isEmpty();
    }

    @Test
    void theLimitKeepsTheMostUrgent() {
        List<QuickActionsView.Action> actions = QuickActions.rank(overview(
                List.of(habit(READ, "Read", false), habit(RUN, "Run", false)), List.of(contact(ANA, 3)), List.of(),
                List.of(), null), TODAY, 2);

        assertThat(actions).extracting(QuickActionsView.Action::entityId).containsExactly(READ, RUN);
    }

    @Test
    void aCategoryWithSpacesIsEncodedInThePath() {
        List<QuickActionsView.Action> actions = QuickActions.rank(overview(List.of(), List.of(), List.of(),
                List.of(budget("Eating out", "90.0")), TODAY), TODAY, 20);

        assertThat(actions.get(0).path()).isEqualTo("/api/finance/records?category=Eating+out&from=2026-11-01");
    }

    private static DashboardOverviewView overview(List<HabitToday> habits, List<ContactDue> contacts,
                                                  List<GoalToday> goals, List<BudgetAlert> budgets,
                                                  LocalDate lastEntry) {
        return new DashboardOverviewView(TODAY,
                new DashboardOverviewView.Habits(habits.size(), 0, habits),
                new DashboardOverviewView.Goals(goals.size(), 0, goals),
                new DashboardOverviewView.Projects(0, 0, List.of()),
                new DashboardOverviewView.Finance("2026-11", "EUR", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        budgets),
                List.of(), new DashboardOverviewView.Learning(TODAY, 0, 0),
                new DashboardOverviewView.Contacts(contacts.size(), contacts),
                new DashboardOverviewView.Time(0, 0),
                new DashboardOverviewView.Journal(lastEntry, null, null));
    }

    private static HabitToday habit(UUID id, String title, boolean done) {
        return new HabitToday(id, title, "daily", done, null, null);
    }

    private static ContactDue contact(UUID id, long daysOverdue) {
        return new ContactDue(id, new SealedText("v1.sealed"), TODAY.minusDays(daysOverdue),
                daysOverdue > 0 ? daysOverdue : null, daysOverdue > 0 ? null : 0L);
    }

    private static GoalToday goal(UUID id, String title, int progress, int expected, String state) {
        return new GoalToday(id, title, progress, TODAY.plusMonths(3), expected, state);
    }

    private static BudgetAlert budget(String category, String percent) {
        return new BudgetAlert(category, new BigDecimal("100.00"), new BigDecimal(percent), new BigDecimal(percent),
                new BigDecimal(percent).compareTo(BigDecimal.valueOf(100)) > 0 ? "over" : "warning");
    }
}
