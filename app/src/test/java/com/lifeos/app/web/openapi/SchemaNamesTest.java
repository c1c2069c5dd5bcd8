package com.lifeos.app.web.openapi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The naming rule of the document's schemas, on the kinds of types the API has. */
class SchemaNamesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "com.lifeos.api.goal.GoalView,                                    GoalView",
            "com.lifeos.app.goal.GoalController$CreateRequest,                CreateGoalRequest",
            "com.lifeos.app.goal.GoalController$ChangeRequest,                ChangeGoalRequest",
            "com.lifeos.app.goal.GoalController$ProgressRequest,              GoalProgressRequest",
            "com.lifeos.app.habit.HabitRequests$Create,                       CreateHabitRequest",
            "com.lifeos.app.habit.HabitRequests$CheckIn,                      HabitCheckInRequest",
            "com.lifeos.app.account.SettingsController$SettingRequest,        SettingRequest",
            "com.lifeos.app.dashboard.DashboardController$OverviewResponse,   DashboardOverviewResponse",
            "com.lifeos.app.relationship.RelationshipController$RelationshipResponse, RelationshipResponse",
            "com.lifeos.api.dashboard.QuickActionsView$Action,                QuickAction",
            "com.lifeos.api.finance.BudgetsView$Item,                         BudgetItem",
            "com.lifeos.api.habit.HabitAnalyticsView$Overall,                 HabitAnalyticsOverall",
            "com.lifeos.api.health.HealthTrendsView$Change,                   HealthTrendChange",
            "com.lifeos.store.projection.DeadLetters$DeadLetterView,                 DeadLetterView",
    })
    void namesATypeByItsHolderAndRole(String type, String name) throws ClassNotFoundException {
        assertThat(SchemaNames.nameOf(Class.forName(type))).isEqualTo(name);
    }
}
