package com.lifeos.app.insight;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class AiReplayTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replayingTheAiGroupRebuildsIdenticalSuggestionRowsAndAnswers() {
        TestUser user = newUser("Asia/Tokyo");
        JsonNode goals = api().post("/api/ai/goal-suggestions", user.accessToken(), null).json().path("suggestions");
        JsonNode habits = api().post("/api/ai/habit-recommendations", user.accessToken(), null).json()
                .path("recommendations");
        assertThat(api().post("/api/goals", user.accessToken(), "{\"title\":\"From a suggestion\",\"suggestion_id\":\"%s\"}"
                .formatted(goals.get(2).path("id").asText())).status()).isEqualTo(201);
        assertThat(api().post("/api/habits", user.accessToken(), "{\"title\":\"Daily\",\"frequency\":\"daily\","
                + "\"suggestion_id\":\"%s\"}".formatted(habits.get(0).path("id").asText())).status()).isEqualTo(201);
        TestUser admin = admin();
        String context = api().post("/api/ai/goal-suggestions", user.accessToken(), null).json()
                .path("sent_context").toString();
        String rows = rows(user);

        replay("ai", admin);

        assertThat(rows(user)).isEqualTo(rows);
        assertThat(rows).contains("GOAL", "HABIT", "RULES");
        assertThat(api().post("/api/ai/goal-suggestions", user.accessToken(), null).json().path("sent_context")
                .toString()).isEqualTo(context).contains("goal: ").contains("habit: ");
    }

    private String rows(TestUser user) {
        return jdbc.queryForList("SELECT * FROM ai_suggestion WHERE user_id = ?::uuid ORDER BY id",
                user.id().toString()).toString();
    }
}
