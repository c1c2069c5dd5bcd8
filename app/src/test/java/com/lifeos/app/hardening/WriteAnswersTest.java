package com.lifeos.app.hardening;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.lifeos.app.support.Api;
import com.lifeos.app.support.AppInstance;
import com.lifeos.app.support.TestUser;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A create answers from what its command did: when the projection cannot show the result yet (stopped, rebuilding,
 * slow), the write still happened, so the answer is 202 with the resource's Location — never a 404 that would make
 * a retrying client create a duplicate — and once the projection catches up, repeating the create shows it.
 */
class WriteAnswersTest {

    /**
     * An instance of its own: the test stops a processing group, and in the context the other tests share, a group
     * they just replayed or made fail could still be handling events when it is told to stop. Its writes wait for
     * read-your-writes only briefly: a stopped group never catches up, so the whole wait is spent on every write.
     */
    private static AppInstance app;
    private static EventProcessingConfiguration processing;

    @BeforeAll
    static void start() {
        app = AppInstance.start("write_answers", Map.of("lifeos.consistency.read-your-writes-timeout", "1s"));
        processing = app.bean(EventProcessingConfiguration.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static Api api() {
        return app.api();
    }

    private static TestUser newUser() {
        return TestUser.register(api(), "UTC");
    }

    private static TestUser admin() {
        return TestUser.admin(api());
    }

    @Test
    void aCreateWhoseProjectionIsNotRunningAnswersAcceptedAndRepeatsFindItLater() {
        TestUser user = newUser();
        UUID habit = UUID.randomUUID();
        UUID checkIn = UUID.randomUUID();
        String habitBody = "{\"id\":\"%s\",\"title\":\"Read\",\"frequency\":\"daily\"}".formatted(habit);
        String checkInBody = "{\"id\":\"%s\"}".formatted(checkIn);
        StreamingEventProcessor habits = processing.eventProcessor("habit", StreamingEventProcessor.class)
                .orElseThrow();

        await().atMost(Duration.ofSeconds(30)).until(() -> !habits.processingStatus().isEmpty()
                && habits.processingStatus().values().stream().allMatch(s -> s.isCaughtUp() && !s.isReplaying()));
        habits.shutDown();
        Api.Response created;
        Api.Response checkedIn;
        Api.Response repeated;
        try {
            created = api().post("/api/habits", user.accessToken(), habitBody);
            checkedIn = api().post("/api/habits/" + habit + "/checkin", user.accessToken(), checkInBody);
            repeated = api().post("/api/habits", user.accessToken(), habitBody);
        } finally {
            habits.start();
        }

        assertThat(created.status()).as(created.body()).isEqualTo(202);
        assertThat(created.header("Location")).isEqualTo("/api/habits/" + habit);
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(202);
        assertThat(checkedIn.header("Location")).isEqualTo("/api/habits/" + habit + "/checkin/" + checkIn);
        assertThat(repeated.status()).as(repeated.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api().get("/api/habits/" + habit, user.accessToken()).status()).isEqualTo(200));
        Api.Response again = api().post("/api/habits/" + habit + "/checkin", user.accessToken(), checkInBody);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asText()).isEqualTo(checkIn.toString());
        assertThat(api().get("/api/habits", user.accessToken()).json().path("total_items").asInt()).isEqualTo(1);
    }

    @Test
    void aCreateDuringAReplayAnswersSuccess() {
        TestUser user = newUser();
        TestUser admin = admin();
        assertThat(api().post("/api/admin/projections/goal/replay", admin.accessToken(), null).status())
                .isEqualTo(202);

        Api.Response created = api().post("/api/goals", user.accessToken(), "{\"title\":\"During a replay\"}");

        assertThat(created.status()).as(created.body()).isIn(201, 202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(api().get(created.header("Location"), user.accessToken()).status()).isEqualTo(200));
    }
}
