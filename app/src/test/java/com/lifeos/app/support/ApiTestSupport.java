package com.lifeos.app.support;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Base of the HTTP integration tests: wires the app to this run's database and keys. */
@IntegrationTest
public abstract class ApiTestSupport {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("lifeos.security.jwt.private-key", TestKeys::jwtPrivateKeyPem);
        registry.add("lifeos.security.jwt.public-key", TestKeys::jwtPublicKeyPem);
        registry.add("lifeos.crypto.master-key", TestKeys::masterKeyBase64);
    }

    protected Api api() {
        return new Api("http://localhost:" + port);
    }

    /** Rebuilds a processing group from the event log as the administrator, and waits until it has caught up. */
    protected void replay(String group, TestUser admin) {
        replay(List.of(group), admin);
    }

    /**
     * Rebuilds several processing groups from the event log as the administrator, all at once (each group replays
     * while the others serve, as in production), and waits until every one has caught up.
     */
    protected void replay(List<String> groups, TestUser admin) {
        for (String group : groups) {
            var accepted = api().post("/api/admin/projections/" + group + "/replay", admin.accessToken(), null);
            assertThat(accepted.status()).as("replay of " + group).isEqualTo(202);
        }
        for (String group : groups) {
            awaitCaughtUp(group, admin);
        }
    }

    /** Waits until a processing group has applied every event in the log (not replaying, no lag). */
    protected void awaitCaughtUp(String group, TestUser admin) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            var status = api().get("/api/admin/projections/" + group, admin.accessToken()).json();
            assertThat(status.path("replaying").asBoolean()).as("%s replaying", group).isFalse();
            assertThat(status.path("progress").asInt()).as("%s progress", group).isEqualTo(100);
            assertThat(status.path("lag").asLong()).as("%s lag", group).isZero();
        });
    }

    /** The run's administrator (its email is listed in lifeos.security.admin-emails for tests). */
    protected TestUser admin() {
        return TestUser.admin(api());
    }

    /** Registers a brand-new user with a unique email and returns it logged in. */
    protected TestUser newUser() {
        return newUser("UTC");
    }

    protected TestUser newUser(String timezone) {
        return TestUser.register(api(), timezone);
    }

}
