package com.lifeos.app.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lifeos.app.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default, once: an H2 file database and keys generated on first start, with no other
 * configuration — what `./lifeos run` gives a newcomer. (Everything else is tested on PostgreSQL.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class EmbeddedDefaultSmokeTest {

    private static final Path DATA = createDataDir();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("lifeos").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("lifeos.security.jwt.generated-key-dir", DATA::toString);
        registry.add("lifeos.crypto.generated-key-dir", DATA::toString);
        // A run whose environment configures Redis shares its rate counters with every other test context, all
        // registering from 127.0.0.1: this newcomer must not be refused for the suite's own sign-ups.
        registry.add("lifeos.rate-limit.auth.requests", () -> 1_000_000);
        registry.add("lifeos.rate-limit.auth.window", () -> "15m");
        registry.add("lifeos.security.admin-emails", () -> "chief@example.org");
    }

    @Test
    void aNewcomerCanRegisterTrackAHabitAndReadItsStreak() {
        Api api = new Api("http://localhost:" + port);
        var registered = api.post("/api/auth/register", null,
                "{\"email\":\"newcomer@example.org\",\"password\":\"long enough pass\",\"timezone\":\"Asia/Tokyo\"}");
        assertThat(registered.status()).isEqualTo(201);
        String token = registered.json().path("access_token").asText();

        var habit = api.post("/api/habits", token, "{\"title\":\"Tea ceremony\",\"frequency\":\"daily\"}");
        assertThat(habit.status()).isEqualTo(201);
        String id = habit.json().path("id").asText();
        var checkIn = api.post("/api/habits/" + id + "/checkin", token, "{\"notes\":\"matcha\"}");
        assertThat(checkIn.status()).isEqualTo(201);
        assertThat(checkIn.json().path("notes").asText()).isEqualTo("matcha");

        var streaks = api.get("/api/habits/streaks", token).json();
        assertThat(streaks.path("items").get(0).path("current_streak").asInt()).isEqualTo(1);
        assertThat(api.get("/api/audit/timeline", token).json().path("total_items").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(api.get("/actuator/health", null).json().has("components")).isFalse();
        var chief = api.post("/api/auth/register", null,
                "{\"email\":\"chief@example.org\",\"password\":\"long enough pass\"}");
        assertThat(api.get("/actuator/health", chief.json().path("access_token").asText()).json()
                .path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(Files.exists(DATA.resolve("master.key"))).isTrue();
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("lifeos-embedded-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
