package com.lifeos.app.settings;


import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsApiTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewPersonSeesTheirCalendarAsSettings() {
        TestUser user = newUser("Europe/Paris");
        var settings = api().get("/api/settings", user.accessToken());
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.json().path("timezone").asText()).isEqualTo("Europe/Paris");
        assertThat(settings.json().path("week_start").asText()).isEqualTo("monday");
        assertThat(settings.json().size()).isEqualTo(2);
    }

    @Test
    void setsChangesAndRemovesPreferencesAndReadsThemBackAtOnce() {
        TestUser user = newUser();
        var put = put(user, "currency", "\"usd\"");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().path("currency").asText()).isEqualTo("USD");
        assertThat(put(user, "day_start_hour", "4").json().path("day_start_hour").toString()).isEqualTo("4");
        assertThat(put(user, "day_start_hour", "\"23\"").json().path("day_start_hour").toString()).isEqualTo("23");
        assertThat(put(user, "ui.theme", "\"dark\"").status()).isEqualTo(200);
        assertThat(put(user, "ui.theme", "\"light\"").status()).isEqualTo(200);

        JsonNode all = api().get("/api/settings", user.accessToken()).json();
        assertThat(all.path("currency").asText()).isEqualTo("USD");
        assertThat(all.path("ui.theme").asText()).isEqualTo("light");
        assertThat(all.path("day_start_hour").toString()).isEqualTo("23");

        assertThat(api().delete("/api/settings/ui.theme", user.accessToken()).status()).isEqualTo(204);
        assertThat(api().get("/api/settings", user.accessToken()).json().has("ui.theme")).isFalse();
        assertThat(api().delete("/api/settings/ui.theme", user.accessToken()).status()).isEqualTo(404);
        assertThat(api().delete("/api/settings/never.set", user.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void theCalendarKeysAreTheProfilesCalendarWhicheverWayTheyWereSet() {
        TestUser user = newUser();
        assertThat(put(user, "timezone", "\"Asia/Tokyo\"").json().path("timezone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(put(user, "week_start", "\"SUNDAY\"").json().path("week_start").asText()).isEqualTo("sunday");
        JsonNode me = api().get("/api/auth/me", user.accessToken()).json();
        assertThat(me.path("timezone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(me.path("week_start").asText()).isEqualTo("sunday");

        api().put("/api/auth/profile", user.accessToken(), "{\"timezone\":\"America/Denver\",\"week_start\":\"monday\"}");
        JsonNode settings = api().get("/api/settings", user.accessToken()).json();
        assertThat(settings.path("timezone").asText()).isEqualTo("America/Denver");
        assertThat(settings.path("week_start").asText()).isEqualTo("monday");

        put(user, "week_start", "\"sunday\"");
        assertThat(api().delete("/api/settings/timezone", user.accessToken()).status()).isEqualTo(204);
        assertThat(api().delete("/api/settings/week_start", user.accessToken()).status()).isEqualTo(204);
        me = api().get("/api/auth/me", user.accessToken()).json();
        assertThat(me.path("timezone").asText()).isEqualTo("UTC");
        assertThat(me.path("week_start").asText()).isEqualTo("monday");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_setting WHERE user_id = ?", Long.class, user.id()))
                .isZero();
    }

    @Test
    void everySettingReadsBackAsItsJsonTypeWhetherSentTypedOrAsAString() {
        TestUser user = newUser();
        put(user, "ai_share_private_text", "true");
        put(user, "day_start_hour", "\"4\"");
        put(user, "learning_minutes_per_week", "200");
        put(user, "currency", "\"eur\"");
        put(user, "ui.theme", "\"dark\"");
        put(user, "week_start", "\"Wed\"");

        JsonNode all = api().get("/api/settings", user.accessToken()).json();

        assertThat(all.path("ai_share_private_text").isBoolean()).isTrue();
        assertThat(all.path("ai_share_private_text").booleanValue()).isTrue();
        assertThat(all.path("day_start_hour").isInt()).isTrue();
        assertThat(all.path("day_start_hour").intValue()).isEqualTo(4);
        assertThat(all.path("learning_minutes_per_week").isInt()).isTrue();
        assertThat(all.path("learning_minutes_per_week").intValue()).isEqualTo(200);
        assertThat(all.path("currency").asText()).isEqualTo("EUR");
        assertThat(all.path("ui.theme").asText()).isEqualTo("dark");
        assertThat(all.path("timezone").asText()).isEqualTo("UTC");
        assertThat(all.path("week_start").asText()).isEqualTo("wednesday");
        assertThat(api().get("/api/auth/me", user.accessToken()).json().path("week_start").asText())
                .isEqualTo("wednesday");

        JsonNode changed = put(user, "ai_share_private_text", "\"FALSE\"").json();
        assertThat(changed.path("ai_share_private_text").isBoolean()).isTrue();
        assertThat(changed.path("ai_share_private_text").booleanValue()).isFalse();
        assertThat(put(user, "learning_minutes_per_week", "\" 90 \"").json().path("learning_minutes_per_week")
                .intValue()).isEqualTo(90);
        assertThat(put(user, "week_start", "\"SUNDAY\"").json().path("week_start").asText()).isEqualTo("sunday");
    }

    @Test
    void refusesBadValuesAndKeysNamingTheField() {
        TestUser user = newUser();
        assertField(put(user, "timezone", "\"Mars/Olympus\""), "value");
        assertField(put(user, "timezone", "\"+02:00\""), "value");
        assertField(put(user, "week_start", "\"funday\""), "value");
        assertField(put(user, "week_start", "1"), "value");
        assertField(put(user, "ai_share_private_text", "\"maybe\""), "value");
        assertField(put(user, "ai_share_private_text", "1"), "value");
        assertField(put(user, "learning_minutes_per_week", "0"), "value");
        assertField(put(user, "learning_minutes_per_week", "10081"), "value");
        assertField(put(user, "learning_minutes_per_week", "7.5"), "value");
        assertField(put(user, "learning_minutes_per_week", "\"lots\""), "value");
        assertField(put(user, "currency", "\"XYZ\""), "value");
        assertField(put(user, "currency", "12"), "value");
        assertField(put(user, "day_start_hour", "24"), "value");
        assertField(put(user, "day_start_hour", "\"seven\""), "value");
        assertField(put(user, "day_start_hour", "-1"), "value");
        assertField(put(user, "note", "\"" + "x".repeat(2001) + "\""), "value");
        assertField(put(user, "note", "42"), "value");
        assertField(put(user, "note", "null"), "value");
        assertField(put(user, "Bad_Key", "\"x\""), "key");
        assertField(put(user, "k".repeat(101), "\"x\""), "key");
        assertThat(put(user, "note", "\"" + "x".repeat(2000) + "\"").status()).isEqualTo(200);
        assertThat(api().get("/api/settings", user.accessToken()).json().size()).isEqualTo(3);
    }

    @Test
    void keepsAtMostAHundredPreferencesBesidesTheCalendar() {
        TestUser user = newUser();
        for (int i = 0; i < 100; i++) {
            assertThat(put(user, "k" + i, "\"v\"").status()).isEqualTo(200);
        }
        assertThat(put(user, "k100", "\"v\"").status()).isEqualTo(409);
        assertThat(put(user, "k5", "\"changed\"").status()).isEqualTo(200);
        assertThat(put(user, "timezone", "\"Europe/Rome\"").status()).isEqualTo(200);
        assertThat(api().get("/api/settings", user.accessToken()).json().size()).isEqualTo(102);
    }

    @Test
    void onePersonsSettingsAreNotAnothers() {
        TestUser alice = newUser();
        TestUser bob = newUser();
        put(alice, "ui.theme", "\"dark\"");
        assertThat(api().get("/api/settings", bob.accessToken()).json().has("ui.theme")).isFalse();
        assertThat(api().delete("/api/settings/ui.theme", bob.accessToken()).status()).isEqualTo(404);
        assertThat(api().get("/api/settings", null).status()).isEqualTo(401);
    }

    @Test
    void replayingTheSettingsGroupRebuildsIdenticalReadsAndRows() {
        TestUser user = newUser();
        put(user, "currency", "\"eur\"");
        put(user, "ui.theme", "\"dark\"");
        put(user, "ui.theme", "\"light\"");
        put(user, "gone", "\"soon\"");
        api().delete("/api/settings/gone", user.accessToken());
        put(user, "gone", "\"back\"");
        put(user, "day_start_hour", "5");
        TestUser admin = admin();
        String before = api().get("/api/settings", user.accessToken()).body();
        String rows = rows();

        replay("account", admin);

        assertThat(api().get("/api/settings", user.accessToken()).body()).isEqualTo(before);
        assertThat(rows()).isEqualTo(rows);
        assertThat(before).contains("\"gone\":\"back\"");
    }

    private String rows() {
        return jdbc.queryForList("SELECT * FROM user_setting ORDER BY user_id, setting_key").toString();
    }

    private com.lifeos.app.support.Api.Response put(TestUser user, String key, String valueJson) {
        return api().put("/api/settings/" + key, user.accessToken(), "{\"value\":" + valueJson + "}");
    }

    private static void assertField(com.lifeos.app.support.Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).contains(field);
    }
}
