package com.lifeos.app.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers whose making records the user's own events (the AI's offered suggestions) are still cached. */
class ReadModelCacheRecordingTest {

    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private final AtomicInteger generation = new AtomicInteger();
    private final AtomicInteger made = new AtomicInteger();
    private final List<String> recorded = new ArrayList<>();

    private record Query(String name) {
    }

    private record Answer(int number) {
    }

    @Test
    void anAnswerIsStoredUnderTheGenerationItsOwnEventsLedTo() {
        ReadModelCache cache = cache(true);

        Answer first = ask(cache, true);
        Answer second = ask(cache, true);

        assertThat(second).isEqualTo(first);
        assertThat(made).hasValue(1);
        assertThat(recorded).hasSize(1);
        generation.incrementAndGet();
        assertThat(ask(cache, true)).isNotEqualTo(first);
        assertThat(recorded).hasSize(2);
    }

    @Test
    void anAnswerWhoseSourceChangedMeanwhileIsNotStored() {
        ReadModelCache cache = cache(true);

        ask(cache, false);
        ask(cache, false);

        assertThat(made).hasValue(2);
        assertThat(recorded).hasSize(2);
    }

    @Test
    void aDisabledCacheMakesAndRecordsEveryTime() {
        ReadModelCache cache = cache(false);

        ask(cache, true);
        ask(cache, true);

        assertThat(made).hasValue(2);
        assertThat(recorded).hasSize(2);
    }

    private Answer ask(ReadModelCache cache, boolean stillValid) {
        return cache.getRecording(USER, new Query("advice"), Answer.class,
                () -> new Answer(made.incrementAndGet()),
                answer -> {
                    recorded.add("offered " + answer.number());
                    generation.addAndGet(3);
                },
                answer -> stillValid);
    }

    private ReadModelCache cache(boolean enabled) {
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
                JsonMapper.builder().build(), new ReadModelCacheProperties(enabled, Duration.ofMinutes(10)));
    }
}
