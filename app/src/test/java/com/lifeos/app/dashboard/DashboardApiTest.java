package com.lifeos.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class DashboardApiTest extends ApiTestSupport {

    private static final String TOKYO = "Asia/Tokyo";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOverviewShowsTodaysHabitsProjectsAndContactsInTheUsersZone() {
        TestUser user = newUser(TOKYO);
        LocalDate today = TestClock.today(TOKYO);
        String read = create(user, "/api/habits", "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        create(user, "/api/habits", "{\"title\":\"Stretch\",\"frequency\":\"weekly\",\"target_per_week\":2}");
        create(user, "/api/habits", "{\"title\":\"Paused\",\"frequency\":\"daily\",\"is_active\":false}");
        checkIn(user, read);
        create(user, "/api/projects", "{\"title\":\"Late\",\"due_date\":\"%s\"}".formatted(today.minusDays(1)));
        create(user, "/api/projects", "{\"title\":\"Fine\",\"due_date\":\"%s\"}".formatted(today.plusDays(9)));
        String grace = create(user, "/api/relationships", """
                {"contact_name":"Grace","contact_every_days":14,"last_contact_date":"%s"}""".formatted(today.minusDays(20)));

        JsonNode overview = api().get("/api/dashboard/overview", user.accessToken()).json();

        assertThat(overview.path("today").asText()).isEqualTo(today.toString());
        assertThat(overview.path("habits").path("due").asInt()).isEqualTo(2);
        assertThat(overview.path("habits").path("done").asInt()).isEqualTo(1);
        assertThat(overview.path("habits").path("items").findValuesAsText("title")).containsExactly("Stretch", "Read");
        assertThat(overview.path("projects").path("active").asInt()).isEqualTo(2);
        assertThat(overview.path("projects").path("overdue").asInt()).isEqualTo(1);
        JsonNode contact = overview.path("relationships").path("items").get(0);
        assertThat(contact.path("relationship_id").asText()).isEqualTo(grace);
        assertThat(contact.path("contact_name").asText()).isEqualTo("Grace");
        assertThat(contact.path("days_overdue").asLong()).isEqualTo(6);
        assertThat(contact.path("days_until").isNull()).isTrue();
    }

    @Test
    void quickActionsDisappearOnceDone() {
        TestUser user = newUser();
        String read = create(user, "/api/habits", "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        String grace = create(user, "/api/relationships", """
                {"contact_name":"Grace","contact_every_days":7,"last_contact_date":"%s"}"""
                .formatted(TestClock.today().minusDays(10)));

        JsonNode actions = api().get("/api/dashboard/quick-actions", user.accessToken()).json().path("items");
        assertThat(actions.findValuesAsText("kind")).containsExactly("check_in_habit", "contact_someone",
                "write_journal");
        assertThat(actions.get(0).path("path").asText()).isEqualTo("/api/habits/" + read + "/checkin");
        assertThat(actions.get(1).path("title").asText()).isEqualTo("Get in touch with Grace (3 days overdue)");
        assertThat(actions.get(0).path("rank").asInt()).isEqualTo(1);

        checkIn(user, read);
        api().post("/api/relationships/" + grace + "/interactions", user.accessToken(), "{\"kind\":\"call\"}");

        assertThat(api().get("/api/dashboard/quick-actions", user.accessToken()).json().path("items")
                .findValuesAsText("kind")).containsExactly("write_journal");
    }

    @Test
    void recentActivityTellsEveryFactNewestFirstWithPrivateNamesOpenedForTheOwner() {
        TestUser user = newUser();
        String read = create(user, "/api/habits", "{\"title\":\"Read 20 pages\",\"frequency\":\"daily\"}");
        checkIn(user, read);
        String goal = create(user, "/api/goals", "{\"title\":\"Run a 10k\"}");
        api().put("/api/goals/" + goal + "/progress", user.accessToken(), "{\"progress\":40}");
        String grace = create(user, "/api/relationships", "{\"contact_name\":\"Grace\"}");
        api().post("/api/relationships/" + grace + "/interactions", user.accessToken(), "{\"kind\":\"call\"}");

        JsonNode items = api().get("/api/dashboard/recent-activity?limit=6", user.accessToken()).json().path("items");

        assertThat(items.findValuesAsText("sentence")).containsExactly("Called Grace", "Added Grace to your contacts",
                "Moved the goal 'Run a 10k' to 40 %", "Set the goal 'Run a 10k'", "Checked in 'Read 20 pages'",
                "Started the habit 'Read 20 pages'");
        assertThat(items.get(4).path("entity_id").asText()).isEqualTo(read);
        assertThat(items.get(4).path("area").asText()).isEqualTo("habits");
        assertThat(jdbc.queryForList("SELECT * FROM dashboard_activity WHERE user_id = ?", user.id()))
                .isNotEmpty().noneMatch(row -> row.toString().contains("Grace"));
    }

    @Test
    void theOverviewSumsThisMonthsMoneyAndShowsTheLatestOfEveryLog() {
        TestUser user = newUser();
        LocalDate today = TestClock.today();
        api().put("/api/settings/currency", user.accessToken(), "{\"value\":\"EUR\"}");
        post(user, "/api/finance/records", "{\"type\":\"income\",\"amount\":2000,\"category\":\"Salary\"}");
        post(user, "/api/finance/records", "{\"type\":\"expense\",\"amount\":85.50,\"category\":\"Food\"}");
        post(user, "/api/finance/records", "{\"type\":\"expense\",\"amount\":10,\"category\":\"food\"}");
        post(user, "/api/finance/records", "{\"type\":\"expense\",\"amount\":99,\"currency\":\"USD\",\"category\":\"Food\"}");
        post(user, "/api/finance/budget", "{\"category\":\"Food\",\"month\":\"%s\",\"amount\":100}"
                .formatted(today.toString().substring(0, 7)));
        post(user, "/api/finance/budget", "{\"category\":\"Fun\",\"month\":\"%s\",\"amount\":100}"
                .formatted(today.toString().substring(0, 7)));
        post(user, "/api/health/metrics", "{\"metric_type\":\"weight\",\"value\":80,\"recorded_at\":\"%sT06:00:00Z\"}"
                .formatted(today.minusDays(1)));
        String latest = post(user, "/api/health/metrics", "{\"metric_type\":\"weight\",\"value\":79.5}");
        post(user, "/api/learning/sessions", "{\"course_name\":\"SQL\",\"duration_minutes\":40}");
        post(user, "/api/time/entries", "{\"activity\":\"Writing\",\"duration_minutes\":90,\"productivity_score\":8}");
        post(user, "/api/journal/entries", "{\"content\":\"fine day\",\"mood\":\"good\"}");

        JsonNode overview = api().get("/api/dashboard/overview", user.accessToken()).json();

        JsonNode finance = overview.path("finance");
        assertThat(finance.path("currency").asText()).isEqualTo("EUR");
        assertThat(finance.path("income").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(finance.path("expenses").decimalValue()).as("EUR only").isEqualByComparingTo("95.50");
        assertThat(finance.path("net").decimalValue()).isEqualByComparingTo("1904.50");
        assertThat(finance.path("budgets")).hasSize(1);
        assertThat(finance.path("budgets").get(0).path("percent_used").decimalValue()).isEqualByComparingTo("95.5");
        assertThat(finance.path("budgets").get(0).path("status").asText()).isEqualTo("warning");
        assertThat(overview.path("health").get(0).path("value").decimalValue()).isEqualByComparingTo("79.5");
        assertThat(overview.path("learning").path("minutes").asInt()).isEqualTo(40);
        assertThat(overview.path("time").path("minutes").asInt()).isEqualTo(90);
        assertThat(overview.path("journal").path("last_mood").asText()).isEqualTo("good");
        assertThat(overview.path("journal").path("days_since_last_entry").asInt()).isZero();

        api().delete("/api/health/metrics/" + latest, user.accessToken());
        assertThat(api().get("/api/dashboard/overview", user.accessToken()).json().path("health").get(0)
                .path("value").decimalValue()).as("the reading before it is the latest again").isEqualByComparingTo("80");
    }

    @Test
    void recentActivityNamesEveryKindOfFactWithoutPrivateText() {
        TestUser user = newUser();
        String habit = create(user, "/api/habits", "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        checkIn(user, habit);
        create(user, "/api/goals", "{\"title\":\"Run\"}");
        create(user, "/api/projects", "{\"title\":\"Shed\"}");
        create(user, "/api/relationships", "{\"contact_name\":\"Ana\"}");
        post(user, "/api/finance/records", """
                {"type":"expense","amount":42.5,"currency":"EUR","category":"Groceries","description":"secret shop"}""");
        post(user, "/api/health/metrics", "{\"metric_type\":\"steps\",\"value\":9000}");
        post(user, "/api/learning/sessions", "{\"course_name\":\"SQL\",\"platform\":\"edX\",\"duration_minutes\":75}");
        post(user, "/api/time/entries", "{\"activity\":\"Writing\",\"duration_minutes\":30}");
        post(user, "/api/journal/entries", "{\"content\":\"dear diary\",\"mood\":\"great\"}");

        JsonNode items = api().get("/api/dashboard/recent-activity?limit=100", user.accessToken()).json().path("items");

        assertThat(items.findValuesAsText("area")).containsOnly("account", "habits", "goals", "projects",
                "relationships", "finance", "health", "learning", "time", "journal");
        assertThat(items.findValuesAsText("sentence")).contains("Spent 42.50 EUR on Groceries", "Logged steps: 9000",
                "Studied 'SQL' for 1 h 15 min on edX", "Spent 30 min on 'Writing'", "Wrote in the journal, feeling great",
                "Added Ana to your contacts", "Checked in 'Read'");
        assertThat(items.toString()).doesNotContain("secret shop").doesNotContain("dear diary");
    }

    @Test
    void metricsScoreEachAreaWithItsInputsAndABalance() {
        TestUser user = newUser();
        String today = TestClock.today().toString();
        String read = create(user, "/api/habits", "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        checkIn(user, read);
        create(user, "/api/projects", "{\"title\":\"Late\",\"due_date\":\"%s\"}"
                .formatted(LocalDate.parse(today).minusDays(2)));
        create(user, "/api/projects", "{\"title\":\"Fine\"}");

        JsonNode metrics = api().get("/api/dashboard/metrics?from=" + today + "&to=" + today, user.accessToken())
                .json();

        JsonNode habits = area(metrics, "habits");
        assertThat(habits.path("score").asInt()).isEqualTo(100);
        assertThat(habits.path("inputs").path("due_periods").asInt()).isEqualTo(1);
        assertThat(habits.path("formula").asText()).isNotBlank();
        assertThat(area(metrics, "projects").path("score").asInt()).isEqualTo(50);
        // nothing ever written, measured or learned: nothing to judge, not 0
        assertThat(area(metrics, "journal").path("score").isNull()).isTrue();
        assertThat(area(metrics, "health").path("score").isNull()).isTrue();
        assertThat(area(metrics, "learning").path("score").isNull()).isTrue();
        assertThat(area(metrics, "goals").path("score").isNull()).isTrue();
        // 100 and 50: mean 75, stddev 25 → 62.5 → 63
        assertThat(metrics.path("life_balance").path("inputs").path("areas_scored").asInt()).isEqualTo(2);
        assertThat(metrics.path("life_balance").path("score").asInt()).isEqualTo(63);
        assertThat(metrics.path("strongest_area").asText()).isEqualTo("habits");
        assertThat(metrics.path("weakest_area").asText()).isEqualTo("projects");
        assertThat(metrics.path("productivity")).hasSize(1);
        assertThat(metrics.path("productivity").get(0).path("score").asInt()).isEqualTo(100);
    }

    @Test
    void anotherUsersDashboardIsEmptyAndBadLimitsAreRejected() {
        TestUser owner = newUser();
        create(owner, "/api/habits", "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        TestUser stranger = newUser();

        assertThat(api().get("/api/dashboard/overview", stranger.accessToken()).json().path("habits").path("due")
                .asInt()).isZero();
        assertThat(api().get("/api/dashboard/recent-activity", stranger.accessToken()).json().path("items")
                .findValuesAsText("area")).doesNotContain("habits");
        var tooMany = api().get("/api/dashboard/recent-activity?limit=101", stranger.accessToken());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().path("errors").get(0).path("field").asText()).isEqualTo("limit");
        assertThat(api().get("/api/dashboard/metrics?from=2026-02-01&to=2026-01-01", stranger.accessToken()).status())
                .isEqualTo(400);
    }

    @Test
    void replayingTheDashboardGroupGivesIdenticalAnswersAndRows() {
        TestUser user = newUser("Europe/Berlin");
        String read = create(user, "/api/habits", "{\"title\":\"Read\",\"frequency\":\"daily\"}");
        checkIn(user, read);
        String gone = create(user, "/api/habits", "{\"title\":\"Gone\",\"frequency\":\"daily\"}");
        checkIn(user, gone);
        api().delete("/api/habits/" + gone, user.accessToken());
        String goal = create(user, "/api/goals", "{\"title\":\"Run\",\"target_date\":\"2030-01-01\"}");
        api().put("/api/goals/" + goal + "/progress", user.accessToken(), "{\"progress\":100}");
        create(user, "/api/relationships", "{\"contact_name\":\"Ada\",\"contact_every_days\":3,\"last_contact_date\":\"%s\"}"
                .formatted(TestClock.today("Europe/Berlin").minusDays(5)));
        post(user, "/api/finance/records", "{\"type\":\"expense\",\"amount\":12.5,\"category\":\"Food\"}");
        post(user, "/api/finance/budget", "{\"category\":\"Food\",\"month\":\"%s\",\"amount\":14}"
                .formatted(TestClock.today("Europe/Berlin").toString().substring(0, 7)));
        post(user, "/api/health/metrics", "{\"metric_type\":\"sleep\",\"value\":7.5}");
        String wrong = post(user, "/api/health/metrics", "{\"metric_type\":\"sleep\",\"value\":12}");
        api().delete("/api/health/metrics/" + wrong, user.accessToken());
        post(user, "/api/learning/sessions", "{\"course_name\":\"SQL\",\"duration_minutes\":20}");
        String entry = post(user, "/api/time/entries", "{\"activity\":\"Focus\",\"duration_minutes\":50}");
        api().put("/api/time/entries/" + entry, user.accessToken(), "{\"productivity_score\":9}");
        post(user, "/api/journal/entries", "{\"content\":\"calm\",\"mood\":\"okay\"}");
        TestUser admin = admin();
        String before = reads(user);
        String rows = rows(user);

        replay("dashboard", admin);

        assertThat(reads(user)).isEqualTo(before);
        assertThat(rows(user)).isEqualTo(rows);
    }

    private String reads(TestUser user) {
        StringBuilder reads = new StringBuilder();
        for (String path : List.of("/api/dashboard/overview", "/api/dashboard/metrics",
                "/api/dashboard/recent-activity?limit=100", "/api/dashboard/quick-actions?limit=20")) {
            reads.append(api().get(path, user.accessToken()).body());
        }
        return reads.toString();
    }

    /** The user's rows; the activity feed's position is the event's place in the log, and so is kept too. */
    private String rows(TestUser user) {
        return jdbc.queryForList("SELECT * FROM dashboard_subject WHERE user_id = ? ORDER BY id", user.id()).toString()
                + jdbc.queryForList("SELECT * FROM dashboard_fact WHERE user_id = ? ORDER BY id", user.id())
                + jdbc.queryForList("SELECT * FROM dashboard_activity WHERE user_id = ? ORDER BY event_id", user.id());
    }

    private static JsonNode area(JsonNode metrics, String name) {
        for (JsonNode area : metrics.path("areas")) {
            if (area.path("area").asText().equals(name)) {
                return area;
            }
        }
        throw new AssertionError("no area " + name + " in " + metrics);
    }

    private String create(TestUser user, String path, String body) {
        var response = api().post(path, user.accessToken(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private String post(TestUser user, String path, String body) {
        var response = api().post(path, user.accessToken(), body);
        assertThat(response.status()).as(path + " " + response.body()).isIn(200, 201);
        return response.json().path("id").asText();
    }

    private void checkIn(TestUser user, String habit) {
        assertThat(api().post("/api/habits/" + habit + "/checkin", user.accessToken(), "{}").status()).isEqualTo(201);
    }
}
