package com.lifeos.projection.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.learning.LearningSessionDetails;
import com.lifeos.api.shared.SealedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LearningSessionRowTest {

    private static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final LocalDate DATE = LocalDate.of(2026, 3, 14);
    private static final Instant LOGGED = Instant.parse("2026-03-14T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-15T08:00:00Z");
    private static final Instant LATEST = Instant.parse("2026-03-16T08:00:00Z");

    private static LearningSessionRow logged() {
        return new LearningSessionRow(SESSION, OWNER, new LearningSessionDetails("SQL Basics", " Coursera ", 45, 30,
                DATE, new SealedText("v1.bm90ZXM=")), "Europe/Berlin", 0, LOGGED);
    }

    @Test
    void aNewRowKeepsTheNamesAsWrittenAndTheirKeys() {
        LearningSessionRow row = logged();

        assertThat(row.courseName()).isEqualTo("SQL Basics");
        assertThat(row.courseKey()).isEqualTo("sql basics");
        assertThat(row.platform()).isEqualTo("Coursera");
        assertThat(row.platformKey()).isEqualTo("coursera");
        assertThat(row.notes()).isEqualTo("v1.bm90ZXM=");
        assertThat(row.createdAt()).isEqualTo(LOGGED);
    }

    @Test
    void namesWithoutPlatformHaveNoKey() {
        assertThat(LearningSessionRow.keyOf(null)).isNull();
        assertThat(LearningSessionRow.keyOf("  ")).isNull();
        assertThat(LearningSessionRow.keyOf("  Ünïcode COURSE ")).isEqualTo("ünïcode course");
    }

    @Test
    void theSameEventAppliedTwiceChangesNothingMore() {
        LearningSessionRow row = logged();
        LearningSessionDetails longer = new LearningSessionDetails("SQL Basics", null, 90, 40, DATE, null);
        row.details(longer, 1, LATER);
        row.details(longer, 1, LATEST);

        assertThat(row.durationMinutes()).isEqualTo(90);
        assertThat(row.platformKey()).isNull();
        assertThat(row.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void anOlderEventNeverOverwritesANewerOne() {
        LearningSessionRow row = logged();
        row.details(new LearningSessionDetails("SQL Basics", null, 90, 100, DATE, null), 2, LATEST);
        row.details(new LearningSessionDetails("Old name", null, 10, 10, DATE, null), 1, LATER);

        assertThat(row.courseName()).isEqualTo("SQL Basics");
        assertThat(row.progressPercentage()).isEqualTo(100);
        assertThat(row.updatedAt()).isEqualTo(LATEST);
    }
}
