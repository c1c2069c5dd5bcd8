package com.lifeos.app.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.lifeos.app.finance.FinanceFixtures.fieldOf;
import static org.assertj.core.api.Assertions.assertThat;

class FinanceApiTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createReadChangeAndDeleteARecord() {
        TestUser user = newUser();
        Api.Response created = create(user, """
                {"type":"expense","amount":42.5,"currency":"eur","category":" Groceries ",
                 "description":"weekly shop","date":"%s"}""".formatted(TODAY.minusDays(2)));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode record = created.json();
        String id = record.path("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/finance/records/" + id);
        assertThat(created.body()).contains("\"amount\":42.50");
        assertThat(record.path("type").asText()).isEqualTo("expense");
        assertThat(record.path("currency").asText()).isEqualTo("EUR");
        assertThat(record.path("category").asText()).isEqualTo("Groceries");
        assertThat(record.path("description").asText()).isEqualTo("weekly shop");
        assertThat(record.path("date").asText()).isEqualTo(TODAY.minusDays(2).toString());
        assertThat(record.path("created_at").asText()).isNotBlank();
        assertThat(api().get("/api/finance/records/" + id, user.accessToken()).json()).isEqualTo(record);

        Api.Response changed = api().put("/api/finance/records/" + id, user.accessToken(),
                "{\"amount\":\"40.10\",\"category\":\"Food\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("\"amount\":40.10");
        assertThat(changed.json().path("category").asText()).isEqualTo("Food");
        assertThat(changed.json().path("description").asText()).isEqualTo("weekly shop");
        assertThat(changed.json().path("currency").asText()).isEqualTo("EUR");
        assertThat(changed.json().path("type").asText()).isEqualTo("expense");
        assertThat(api().get("/api/finance/records/" + id, user.accessToken()).json()).isEqualTo(changed.json());
        api().put("/api/finance/records/" + id, user.accessToken(), "{\"description\":\"weekly shop\"}");

        assertThat(api().delete("/api/finance/records/" + id, user.accessToken()).status()).isEqualTo(204);
        assertThat(api().get("/api/finance/records/" + id, user.accessToken()).status()).isEqualTo(404);
        assertThat(api().put("/api/finance/records/" + id, user.accessToken(), "{\"amount\":1}").status())
                .isEqualTo(404);
        assertThat(api().delete("/api/finance/records/" + id, user.accessToken()).status()).isEqualTo(404);
        assertThat(api().get("/api/finance/records", user.accessToken()).json().path("total_items").asInt()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, id)).as("the history stays, and resending the same description changed nothing")
                .isEqualTo(3);
    }

    @Test
    void theCurrencyDefaultsToTheUsersSettingElseUsdAndTheDateToToday() {
        TestUser user = newUser();
        JsonNode dollars = create(user, "{\"type\":\"income\",\"amount\":1000,\"category\":\"Salary\"}").json();
        assertThat(dollars.path("currency").asText()).isEqualTo("USD");
        assertThat(dollars.path("date").asText()).isEqualTo(TODAY.toString());
        assertThat(dollars.path("description").isNull()).isTrue();

        api().put("/api/settings/currency", user.accessToken(), "{\"value\":\"JPY\"}");
        JsonNode yen = create(user, "{\"type\":\"expense\",\"amount\":1500,\"category\":\"Food\"}").json();
        assertThat(yen.path("currency").asText()).isEqualTo("JPY");
    }

    @Test
    void repeatingACreateWithTheSameIdIsHarmless() {
        TestUser user = newUser();
        String body = "{\"id\":\"%s\",\"type\":\"expense\",\"amount\":5,\"category\":\"Coffee\"}"
                .formatted(UUID.randomUUID());

        Api.Response first = create(user, body);
        Api.Response again = create(user, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(api().get("/api/finance/records", user.accessToken()).json().path("total_items").asInt())
                .isEqualTo(1);
        assertThat(create(newUser(), body).status()).isEqualTo(409);
    }

    @Test
    void theListIsNewestFirstFilteredByDatesCategoryAndTypeAndPaged() {
        TestUser user = newUser();
        record(user, "income", "3000", "Salary", TODAY.minusDays(40));
        record(user, "expense", "12.30", "food", TODAY.minusDays(10));
        record(user, "expense", "50", "Rent", TODAY.minusDays(5));
        record(user, "expense", "7.70", "Food", TODAY);

        assertThat(amounts(user, "")).containsExactly("7.7", "50.0", "12.3", "3000.0");
        assertThat(amounts(user, "category=FOOD")).containsExactly("7.7", "12.3");
        assertThat(amounts(user, "type=income")).containsExactly("3000.0");
        assertThat(amounts(user, "type=EXPENSE&category=rent")).containsExactly("50.0");
        assertThat(amounts(user, "from=%s&to=%s".formatted(TODAY.minusDays(10), TODAY.minusDays(5))))
                .containsExactly("50.0", "12.3");
        assertThat(amounts(user, "from=" + TODAY.minusDays(5))).containsExactly("7.7", "50.0");
        assertThat(amounts(user, "to=" + TODAY.minusDays(11))).containsExactly("3000.0");
        JsonNode page = api().get("/api/finance/records?size=3&page=1", user.accessToken()).json();
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(3);
        assertThat(page.path("total_items").asInt()).isEqualTo(4);
        assertThat(page.path("total_pages").asInt()).isEqualTo(2);
        assertThat(fieldOf(api().get("/api/finance/records?size=101", user.accessToken()))).isEqualTo("size");
        assertThat(fieldOf(api().get("/api/finance/records?type=gift", user.accessToken()))).isEqualTo("type");
        assertThat(fieldOf(api().get("/api/finance/records?from=yesterday", user.accessToken()))).isEqualTo("from");
        assertThat(fieldOf(api().get("/api/finance/records?from=%s&to=%s".formatted(TODAY, TODAY.minusDays(1)),
                user.accessToken()))).isEqualTo("from");
        assertThat(fieldOf(api().get("/api/finance/records?format=xml", user.accessToken()))).isEqualTo("format");
        assertThat(fieldOf(api().get("/api/finance/records?from=0000-01-01", user.accessToken()))).isEqualTo("from");
        assertThat(fieldOf(api().get("/api/finance/records?to=9999-12-31", user.accessToken()))).isEqualTo("to");
        assertThat(amounts(user, "to=2200-12-31")).hasSize(4);
    }

    @Test
    void invalidRecordsAreRejectedNamingTheFieldAndChangeNothing() {
        TestUser user = newUser();
        String valid = "\"type\":\"expense\",\"amount\":1,\"category\":\"Food\"";
        assertThat(fieldOf(create(user, "{\"amount\":1,\"category\":\"Food\"}"))).isEqualTo("type");
        assertThat(fieldOf(create(user, "{\"type\":\"gift\",\"amount\":1,\"category\":\"Food\"}"))).isEqualTo("type");
        assertThat(fieldOf(create(user, "{\"type\":\"expense\",\"category\":\"Food\"}"))).isEqualTo("amount");
        for (String amount : List.of("0", "-5", "1.005", "12345678901", "\"ten\"")) {
            assertThat(fieldOf(create(user, "{\"type\":\"expense\",\"amount\":%s,\"category\":\"Food\"}"
                    .formatted(amount)))).as(amount).isEqualTo("amount");
        }
        assertThat(fieldOf(create(user, "{\"type\":\"expense\",\"amount\":1,\"category\":\" \"}")))
                .isEqualTo("category");
        assertThat(fieldOf(create(user, "{\"type\":\"expense\",\"amount\":1,\"category\":\"%s\"}"
                .formatted("c".repeat(101))))).isEqualTo("category");
        assertThat(fieldOf(create(user, "{%s,\"currency\":\"XYZ\"}".formatted(valid)))).isEqualTo("currency");
        assertThat(fieldOf(create(user, "{%s,\"currency\":\"EURO\"}".formatted(valid)))).isEqualTo("currency");
        assertThat(fieldOf(create(user, "{%s,\"description\":\"%s\"}".formatted(valid, "d".repeat(1001)))))
                .isEqualTo("description");
        assertThat(fieldOf(create(user, "{%s,\"date\":\"%s\"}".formatted(valid, TODAY.plusDays(1)))))
                .isEqualTo("date");
        assertThat(fieldOf(create(user, "{%s,\"date\":\"31/12/2025\"}".formatted(valid)))).isEqualTo("date");
        assertThat(fieldOf(create(user, "{%s,\"date\":\"1899-12-31\"}".formatted(valid)))).isEqualTo("date");
        assertThat(api().get("/api/finance/records", user.accessToken()).json().path("total_items").asInt()).isZero();

        Api.Response largest = create(user, "{\"type\":\"income\",\"amount\":9999999999.99,\"category\":\"Lottery\"}");
        assertThat(largest.status()).isEqualTo(201);
        assertThat(largest.body()).contains("\"amount\":9999999999.99");
        String id = largest.json().path("id").asText();
        assertThat(fieldOf(api().put("/api/finance/records/" + id, user.accessToken(),
                "{\"date\":\"%s\"}".formatted(TODAY.plusDays(1))))).isEqualTo("date");
        assertThat(fieldOf(api().put("/api/finance/records/" + id, user.accessToken(), "{\"category\":\"  \"}")))
                .isEqualTo("category");
        assertThat(fieldOf(api().put("/api/finance/records/" + id, user.accessToken(), "{\"amount\":0}")))
                .isEqualTo("amount");
        assertThat(api().get("/api/finance/records/" + id, user.accessToken()).json()).isEqualTo(largest.json());
    }

    @Test
    void anotherUsersRecordsAndBudgetsAreInvisibleAndUntouchable() {
        TestUser owner = newUser();
        TestUser stranger = newUser();
        String id = record(owner, "expense", "20", "Food", TODAY);
        api().post("/api/finance/budget", owner.accessToken(),
                "{\"category\":\"Food\",\"month\":\"%s\",\"amount\":100}".formatted(TODAY.toString().substring(0, 7)));

        assertThat(api().get("/api/finance/records/" + id, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api().put("/api/finance/records/" + id, stranger.accessToken(), "{\"amount\":1}").status())
                .isEqualTo(404);
        assertThat(api().delete("/api/finance/records/" + id, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api().get("/api/finance/records", stranger.accessToken()).json().path("items")).isEmpty();
        assertThat(api().get("/api/finance/budget", stranger.accessToken()).json().path("items")).isEmpty();
        assertThat(api().delete("/api/finance/budget/Food", stranger.accessToken()).status()).isEqualTo(404);
        JsonNode analytics = api().get("/api/finance/analytics", stranger.accessToken()).json();
        assertThat(analytics.path("per_currency")).isEmpty();
        assertThat(api().send("GET", "/api/finance/records?format=csv", stranger.accessToken(), null, null).body())
                .isEqualTo("date,type,amount,category,description,currency\r\n");
        assertThat(api().get("/api/finance/records/" + id, owner.accessToken()).json().path("amount").asText())
                .isEqualTo("20.0");
        assertThat(api().get("/api/finance/records", null).status()).isEqualTo(401);
    }

    private String record(TestUser user, String type, String amount, String category, LocalDate date) {
        return new FinanceFixtures(api()).record(user, type, amount, "USD", category, date);
    }

    private Api.Response create(TestUser user, String body) {
        return api().post("/api/finance/records", user.accessToken(), body);
    }

    private List<String> amounts(TestUser user, String query) {
        return api().get("/api/finance/records?size=100&" + query, user.accessToken()).json().path("items")
                .findValuesAsText("amount");
    }
}
