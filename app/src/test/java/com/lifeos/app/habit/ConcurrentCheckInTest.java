package com.lifeos.app.habit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentCheckInTest extends ApiTestSupport {

    @Test
    void sixteenSimultaneousCheckInsOnOneDateYieldExactlyOneCreated() throws Exception {
        TestUser user = newUser();
        String id = api().post("/api/habits", user.accessToken(), "{\"title\":\"Water\",\"frequency\":\"daily\"}")
                .json().path("id").asText();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 16; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return api().post("/api/habits/" + id + "/checkin", user.accessToken(), "{}").status();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }

            assertThat(results).filteredOn(s -> s == 201).hasSize(1);
            assertThat(results).filteredOn(s -> s == 409).hasSize(15);
        }
        assertThat(api().get("/api/habits/streaks", user.accessToken()).json().path("items").get(0)
                .path("current_streak").asInt()).isEqualTo(1);
    }
}
