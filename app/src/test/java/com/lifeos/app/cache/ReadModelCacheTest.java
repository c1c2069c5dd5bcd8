package com.lifeos.app.cache;

import java.util.UUID;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cached dashboard and analytics answers never hide a write: the next read after a 2xx write reflects it. */
class ReadModelCacheTest extends ApiTestSupport {

    @Test
    void aWriteIsVisibleAtOnceInCachedAnalyticsAndDashboard() {
        TestUser ada = newUser();
        for (int i = 1; i <= 5; i++) {
            UUID habit = created(ada, "/api/habits", "{\"title\":\"Habit " + i + "\",\"frequency\":\"daily\"}");
            api().get("/api/habits/streaks", ada.accessToken());
            String streaks = api().get("/api/habits/streaks", ada.accessToken()).body();
            String overview = api().get("/api/dashboard/overview", ada.accessToken()).body();

            assertThat(api().post("/api/habits/" + habit + "/checkin", ada.accessToken(), null).status()).isEqualTo(201);

            assertThat(api().get("/api/dashboard/overview", ada.accessToken()).body()).isNotEqualTo(overview);
            assertThat(api().get("/api/dashboard/overview", ada.accessToken()).json().path("habits")
                    .path("done").asInt()).isEqualTo(i);
            assertThat(api().get("/api/habits/streaks", ada.accessToken()).body()).isNotEqualTo(streaks);
        }
    }

    @Test
    void aGoalsProgressIsVisibleAtOnceInCachedGoalAnalytics() {
        TestUser ada = newUser();
        UUID goal = created(ada, "/api/goals", "{\"title\":\"Run a 10k\",\"target_date\":\"2099-01-01\"}");
        for (int progress = 10; progress <= 50; progress += 10) {
            api().get("/api/goals/analytics", ada.accessToken());
            assertThat(api().put("/api/goals/" + goal + "/progress", ada.accessToken(),
                    "{\"progress\":" + progress + "}").status()).isEqualTo(200);
            assertThat(api().get("/api/goals/analytics", ada.accessToken()).body())
                    .contains("\"progress\":" + progress);
        }
    }

    private UUID created(TestUser user, String path, String body) {
        var response = api().post(path, user.accessToken(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asText());
    }
}
