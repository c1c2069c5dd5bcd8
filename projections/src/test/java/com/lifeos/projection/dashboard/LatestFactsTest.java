package com.lifeos.projection.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class LatestFactsTest {

    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final LocalDate DAY = LocalDate.parse("2026-03-15");
    private static final Instant MORNING = Instant.parse("2026-03-15T07:00:00Z");
    private static final Instant EVENING = Instant.parse("2026-03-15T19:00:00Z");
    private static final UUID LOW = UUID.fromString("10000000-0000-0000-0000-000000000000");
    // negative as a signed long: Java's UUID.compareTo would put it first, the databases put it last
    private static final UUID HIGH = UUID.fromString("f0000000-0000-0000-0000-000000000000");

    @Test
    void aLaterDayWinsWhateverTheTimeOfDay() {
        assertThat(LatestFacts.isAtLeastAsNew(fact(LOW, DAY.plusDays(1), MORNING), shown(HIGH, DAY, EVENING))).isTrue();
        assertThat(LatestFacts.isAtLeastAsNew(fact(HIGH, DAY, EVENING), shown(LOW, DAY.plusDays(1), MORNING))).isFalse();
    }

    @Test
    void onTheSameDayTheLaterMomentWins() {
        assertThat(LatestFacts.isAtLeastAsNew(fact(LOW, DAY, EVENING), shown(HIGH, DAY, MORNING))).isTrue();
        assertThat(LatestFacts.isAtLeastAsNew(fact(HIGH, DAY, MORNING), shown(LOW, DAY, EVENING))).isFalse();
    }

    @Test
    void atTheSameMomentTheLargerIdWinsComparedUnsignedAsTheDatabasesDo() {
        assertThat(LatestFacts.isAtLeastAsNew(fact(HIGH, DAY, MORNING), shown(LOW, DAY, MORNING))).isTrue();
        assertThat(LatestFacts.isAtLeastAsNew(fact(LOW, DAY, MORNING), shown(HIGH, DAY, MORNING))).isFalse();
    }

    @Test
    void theSubjectIdIsTheSameOnEveryReplayAndDiffersPerKind() {
        assertThat(LatestFacts.subjectId(USER, "health", "weight")).isEqualTo(LatestFacts.subjectId(USER, "health", "weight"))
                .isNotEqualTo(LatestFacts.subjectId(USER, "health", "sleep"));
    }

    private static FactRow fact(UUID id, LocalDate day, Instant at) {
        return new FactRow(id, USER, "health", null, 1, at).kind("weight").on(day, at);
    }

    private static SubjectRow shown(UUID source, LocalDate day, Instant at) {
        SubjectRow row = new SubjectRow(LatestFacts.subjectId(USER, "health", "weight"), USER, "health", "latest", 0, at);
        row.latest(fact(source, day, at), "weight");
        return row;
    }
}
