package com.lifeos.app.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.lifeos.app.support.Api;
import com.lifeos.app.support.AppInstance;
import com.lifeos.app.support.RedisProcess;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The limits, low enough to reach, counted in a Redis of this test's own (so other runs sharing a Redis cannot
 * disturb the counts) and, last, with that Redis stopped, in process. Each test speaks from client addresses of its
 * own (X-Forwarded-For from the loopback proxy), so the per-address limits of one test leave the others alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitTest {

    private static final int AUTH_LIMIT = 10;

    private static AppInstance app;
    private static RedisProcess redis;

    @BeforeAll
    static void start() {
        app = AppInstance.startWithOwnRedis("rate_limits", Map.of(
                "server.forward-headers-strategy", "native",
                "lifeos.rate-limit.auth.requests", AUTH_LIMIT,
                "lifeos.rate-limit.auth.window", "15m",
                "lifeos.rate-limit.login-failures.requests", 6,
                "lifeos.rate-limit.per-user.requests", 6,
                "lifeos.rate-limit.per-user.window", "1m",
                "lifeos.rate-limit.sign-in-throttle.free-failures", 2,
                "lifeos.rate-limit.sign-in-throttle.first-delay", "1s",
                "lifeos.rate-limit.sign-in-throttle.max-delay", "4s"));
        redis = app.redis();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void limitsAnswer429WithRetryAfterAndNeverTouchHealth() {
        Api api = app.api().from("198.51.100.1");
        TestUser ada = TestUser.register(api, "UTC");
        for (int i = 1; i < AUTH_LIMIT; i++) {
            assertThat(forgotPassword(api).status()).isEqualTo(202);
        }
        assertTooMany(forgotPassword(api), 15 * 60);
        assertThat(redis.keys("lifeos:rate:auth:*")).as("counted in Redis").isNotBlank();

        for (int i = 0; i < 6; i++) {
            assertThat(api.get("/api/habits", ada.accessToken()).status()).isEqualTo(200);
        }
        assertTooMany(api.get("/api/habits", ada.accessToken()), 60);

        for (int i = 0; i < 20; i++) {
            assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
            assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        }
    }

    @Test
    void everySpellingOfAnAuthPathSpendsTheAllowanceOfThatPath() {
        Api api = app.api().from("198.51.100.2");
        for (int i = 0; i < AUTH_LIMIT; i++) {
            assertThat(api.post("/api/auth/register", null, "{}").status()).isEqualTo(400);
        }
        List<String> spellings = List.of("/api/auth/%72egister", "/api/auth/%72%65%67ister", "/api/auth/register/",
                "//api/auth/register", "/api/auth//register", "/api/auth/register;jsessionid=0123456789",
                "/API/AUTH/REGISTER", "/api/auth/Register", "/api/auth/%2572egister");
        Map<String, Integer> answers = new java.util.LinkedHashMap<>();
        for (String spelling : spellings) {
            Api.Response response = api.post(spelling, null, newAccount());
            answers.put(spelling, response.status());
            if (response.status() == 429) {
                assertTooMany(response, 15 * 60);
            }
        }
        // 429: counted as /api/auth/register; 400: the firewall refuses the spelling; 401: it is no sign-in path,
        // so it needs a token — none of them reaches the registration
        assertThat(answers).as("no spelling registers once the limit is spent").allSatisfy((spelling, status) ->
                assertThat(status).as(spelling).isIn(400, 401, 429));
        assertThat(answers.get("/api/auth/%72egister")).isEqualTo(429);
        assertThat(answers.get("/api/auth/%72%65%67ister")).isEqualTo(429);

        Api other = app.api().from("198.51.100.3");
        for (int i = 0; i < AUTH_LIMIT; i++) {
            String spelling = i % 2 == 0 ? "/api/auth/%72egister" : "/api/auth/%72%65%67ister";
            assertThat(other.post(spelling, null, "{}").status()).as(spelling).isEqualTo(400);
        }
        assertTooMany(other.post("/api/auth/register", null, newAccount()), 15 * 60);
    }

    @Test
    void parallelRequestsAgainstOneLimitPassExactlyThatMany() throws Exception {
        Api api = app.api().from("198.51.100.4");
        int parallel = 50;
        CountDownLatch ready = new CountDownLatch(parallel);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < parallel; i++) {
                statuses.add(clients.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return forgotPassword(api).status();
                }));
            }
        }
        List<Integer> answered = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answered.add(status.get());
        }
        assertThat(answered).filteredOn(status -> status == 202).hasSize(AUTH_LIMIT);
        assertThat(answered).filteredOn(status -> status == 429).hasSize(parallel - AUTH_LIMIT);
    }

    @Test
    void failedSignInsFromOneAddressWaitLongerEachTimeWhileTheOwnerSignsInFromAnother() {
        TestUser ada = TestUser.register(app.api().from("198.51.100.10"), "UTC");
        Api attacker = app.api().from("203.0.113.66");

        assertThat(signIn(attacker, ada, "guess 1").status()).isEqualTo(401);
        assertThat(signIn(attacker, ada, "guess 2").status()).isEqualTo(401);
        List<Long> waits = new ArrayList<>();
        for (int guess = 3; guess <= 5; guess++) {
            Api.Response refused = signIn(attacker, ada, "guess " + guess);
            assertTooMany(refused, 4);
            long wait = Long.parseLong(refused.header("Retry-After"));
            waits.add(wait);
            waitFor(wait);
            assertThat(signIn(attacker, ada, "guess " + guess).status()).isEqualTo(401);
        }
        Api.Response capped = signIn(attacker, ada, ada.password());
        assertTooMany(capped, 4);
        waits.add(Long.parseLong(capped.header("Retry-After")));
        assertThat(waits).as("1 s, doubling, up to the 4 s cap").containsExactly(1L, 2L, 4L, 4L);

        Api owner = app.api().from("198.51.100.11");
        assertThat(signIn(owner, ada, ada.password()).status()).as("the owner is never locked out").isEqualTo(200);
        assertThat(signIn(attacker, ada, "one more").status()).as("the attacker still waits").isEqualTo(429);
    }

    @Test
    void aSuccessfulSignInForgivesThatAddressesFailures() {
        TestUser bob = TestUser.register(app.api().from("198.51.100.20"), "UTC");
        Api bobsPhone = app.api().from("198.51.100.21");

        assertThat(signIn(bobsPhone, bob, "typo").status()).isEqualTo(401);
        assertThat(signIn(bobsPhone, bob, bob.password()).status()).isEqualTo(200);
        assertThat(signIn(bobsPhone, bob, "typo again").status()).isEqualTo(401);
        assertThat(signIn(bobsPhone, bob, "and again").status()).as("two free failures again").isEqualTo(401);
        assertThat(signIn(bobsPhone, bob, bob.password()).status()).isEqualTo(429);
    }

    @Test
    void pastTheAccountCeilingOnlyAddressesThatHaveNotFailedMayStillTry() {
        TestUser cy = TestUser.register(app.api().from("198.51.100.30"), "UTC");
        for (int bot = 1; bot <= 6; bot++) {
            assertThat(signIn(app.api().from("192.0.2." + bot), cy, "guess").status()).isEqualTo(401);
        }

        Api.Response failedBefore = signIn(app.api().from("192.0.2.1"), cy, "guess again");
        assertTooMany(failedBefore, 15 * 60);
        assertThat(Long.parseLong(failedBefore.header("Retry-After"))).as("until the ceiling's window ends")
                .isGreaterThan(60);

        Api freshBot = app.api().from("192.0.2.7");
        assertThat(signIn(freshBot, cy, "one guess").status()).isEqualTo(401);
        assertThat(signIn(freshBot, cy, "a second guess").status()).isEqualTo(429);

        Api owner = app.api().from("198.51.100.31");
        assertThat(signIn(owner, cy, cy.password()).status()).as("the owner is never locked out").isEqualTo(200);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void limitsAreCountedInProcessWhileRedisIsDown() {
        redis.stop();
        Api api = app.api().from("198.51.100.40");
        Api.Response counted = api.post("/api/auth/register", null, newAccount());
        assertThat(counted.status()).as("served while Redis is down").isEqualTo(201);
        for (int i = 1; i < AUTH_LIMIT; i++) {
            assertThat(forgotPassword(api).status()).isEqualTo(202);
        }
        assertTooMany(forgotPassword(api), 15 * 60);
    }

    private static Api.Response forgotPassword(Api api) {
        return api.post("/api/auth/forgot-password", null, "{\"email\":\"nobody@example.org\"}");
    }

    private static Api.Response signIn(Api api, TestUser user, String password) {
        return api.post("/api/auth/login", null,
                "{\"email\":\"" + user.email() + "\",\"password\":\"" + password + "\"}");
    }

    private static String newAccount() {
        return "{\"email\":\"user-" + java.util.UUID.randomUUID() + "@example.org\","
                + "\"password\":\"correct horse battery\",\"timezone\":\"UTC\"}";
    }

    /** As a well-behaved client does with {@code Retry-After}. */
    private static void waitFor(long seconds) {
        await().pollDelay(Duration.ofSeconds(seconds)).atMost(Duration.ofSeconds(seconds + 1)).until(() -> true);
    }

    private static void assertTooMany(Api.Response response, long windowSeconds) {
        assertThat(response.status()).as(response.body()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(429);
        assertThat(response.json().path("type").asText()).isEqualTo("/problems/too-many-requests");
        assertThat(response.json().path("title").asText()).isNotBlank();
        assertThat(response.json().path("detail").asText()).isNotBlank();
        assertThat(response.json().path("instance").asText()).startsWith("/api/");
        assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, windowSeconds);
    }
}
