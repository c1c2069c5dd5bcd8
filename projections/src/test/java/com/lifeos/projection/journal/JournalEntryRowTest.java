package com.lifeos.projection.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.journal.JournalEntryDetails;
import com.lifeos.api.journal.JournalMood;
import com.lifeos.api.shared.SealedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JournalEntryRowTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);
    private static final Instant CREATED = Instant.parse("2026-03-14T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-15T09:00:00Z");
    private static final JournalEntryDetails FIRST = new JournalEntryDetails(DAY, new SealedText("v1.Zmlyc3Q="), 5,
            JournalMood.OKAY, List.of("work"), true);
    private static final JournalEntryDetails SECOND = new JournalEntryDetails(DAY.minusDays(1),
            new SealedText("v1.c2Vjb25k"), 6, JournalMood.GREAT, List.of("family", "sport"), false);

    @Test
    void aChangeReplacesTheWholeDetailsAndTags() {
        JournalEntryRow row = new JournalEntryRow(ID, OWNER, FIRST, 0, CREATED);

        row.details(SECOND, 1, LATER);

        assertThat(row.entryDate()).isEqualTo(DAY.minusDays(1));
        assertThat(row.content()).isEqualTo("v1.c2Vjb25k");
        assertThat(row.contentLength()).isEqualTo(6);
        assertThat(row.mood()).isEqualTo(JournalMood.GREAT);
        assertThat(row.tags()).containsExactly("family", "sport");
        assertThat(row.isPrivate()).isFalse();
        assertThat(row.createdAt()).isEqualTo(CREATED);
        assertThat(row.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void anOlderChangeSeenAgainChangesNothing() {
        JournalEntryRow row = new JournalEntryRow(ID, OWNER, FIRST, 0, CREATED);
        row.details(SECOND, 2, LATER);

        row.details(FIRST, 1, LATER.plusSeconds(60));

        assertThat(row.tags()).containsExactly("family", "sport");
        assertThat(row.mood()).isEqualTo(JournalMood.GREAT);
        assertThat(row.updatedAt()).isEqualTo(LATER);
    }
}
