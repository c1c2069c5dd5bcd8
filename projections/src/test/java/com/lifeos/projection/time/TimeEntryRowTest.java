package com.lifeos.projection.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.time.TimeEntryChangedEvent;
import com.lifeos.api.time.TimeEntryCreatedEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeEntryRowTest {

    private static final UUID ENTRY = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Instant START = Instant.parse("2026-03-09T08:00:00Z");
    private static final LocalDate DATE = LocalDate.of(2026, 3, 9);
    private static final Instant CREATED = Instant.parse("2026-03-09T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-10T10:00:00Z");
    private static final Instant LATEST = Instant.parse("2026-03-11T10:00:00Z");

    private static TimeEntryRow created() {
        return new TimeEntryRow(new TimeEntryCreatedEvent(ENTRY, OWNER, "Writing", "work", START,
                START.plusSeconds(3600), 60, 7, DATE, "UTC"), 0, CREATED);
    }

    private static TimeEntryChangedEvent changed(int minutes) {
        return new TimeEntryChangedEvent(ENTRY, OWNER, "Writing", "work", null, null, minutes, 7, DATE, "UTC");
    }

    @Test
    void aNewRowKeepsTheFactsOfTheEvent() {
        TimeEntryRow row = created();

        assertThat(row.durationMinutes()).isEqualTo(60);
        assertThat(row.startTime()).isEqualTo(START);
        assertThat(row.date()).isEqualTo(DATE);
        assertThat(row.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void theSameChangeAppliedTwiceChangesNothingMore() {
        TimeEntryRow row = created();
        row.change(changed(45), 1, LATER);
        row.change(changed(45), 1, LATEST);

        assertThat(row.durationMinutes()).isEqualTo(45);
        assertThat(row.startTime()).isNull();
        assertThat(row.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void anOlderChangeNeverOverwritesANewerOne() {
        TimeEntryRow row = created();
        row.change(changed(30), 2, LATEST);
        row.change(changed(45), 1, LATER);

        assertThat(row.durationMinutes()).isEqualTo(30);
        assertThat(row.updatedAt()).isEqualTo(LATEST);
    }
}
