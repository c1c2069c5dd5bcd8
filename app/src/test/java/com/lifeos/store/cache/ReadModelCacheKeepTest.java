package com.lifeos.store.cache;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** An answer the caller judges not worth keeping (made of a passing failure) is made afresh next time. */
class ReadModelCacheKeepTest {

    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private final AtomicInteger generation = new AtomicInteger();
    private final AtomicInteger made = new AtomicInteger();

    private record Query(String name) {
    }

    private record Answer(int number, boolean passing) {
    }

    @Test
    void aKeptAnswerIsReadUntilTheUsersNextChange() {
        ReadModelCache cache = cache();

        Answer first = ask(cache, false);

        assertThat(ask(cache, false)).isEqualTo(first);
        cache.invalidate(USER);
        assertThat(ask(cache, false)).isNotEqualTo(first);
        assertThat(made).hasValue(2);
    }

    @Test
    void anAnswerNotWorthKeepingIsMadeAgain() {
        ReadModelCache cache = cache();

        ask(cache, true);
        ask(cache, true);

        assertThat(made).hasValue(2);
    }

    private Answer ask(ReadModelCache cache, boolean passing) {
        return cache.get(USER, new Query("advice"), Answer.class, () -> new Answer(made.incrementAndGet(), passing),
                answer -> !answer.passing());
    }

    private ReadModelCache cache() {
        Generations generations = new Generations() {
            @Override
            public long current(UUID userId) {
                return generation.get();
            }

            @Override
            public void bump(UUID userId) {
                generation.incrementAndGet();
            }
        };
        return new ReadModelCache(new ConcurrentMapCacheManager(ReadModelCacheConfiguration.CACHE), generations,
                JsonMapper.builder().build(), new ReadModelCacheProperties(true, Duration.ofMinutes(10), null));
    }
}
