package com.lifeos.query.time;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.time.TimeEntryTiming;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LocalHoursTest {

    private static final Instant EVER_BEFORE = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant EVER_AFTER = Instant.parse("2100-01-01T00:00:00Z");

    /** Pieces as "local hour start=minutes" joined by spaces. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            on the hour                  | UTC           | 2026-05-04T09:00:00Z | 2026-05-04T10:00:00Z | 09:00=60
            across three hours           | UTC           | 2026-05-04T09:40:00Z | 2026-05-04T11:10:00Z | 09:00=20 10:00=60 11:00=10
            seconds: slots start inside  | UTC           | 2026-05-04T09:59:30Z | 2026-05-04T10:01:50Z | 09:00=1 10:00=1
            half-hour offset zone        | Asia/Kolkata  | 2026-05-04T03:45:00Z | 2026-05-04T05:00:00Z | 09:00=45 10:00=30
            spring forward skips hour 2  | Europe/Berlin | 2026-03-29T00:30:00Z | 2026-03-29T01:30:00Z | 01:00=30 03:00=30
            fall back repeats hour 2     | Europe/Berlin | 2026-10-24T23:30:00Z | 2026-10-25T02:30:00Z | 01:00=30 02:00=60 02:00=60 03:00=30
            """)
    void splitsAnEntryIntoTheLocalHoursItCovers(String name, String zone, String start, String end, String expected) {
        TimeFacts entry = entry(Instant.parse(start), Instant.parse(end));

        assertThat(describe(LocalHours.of(entry, ZoneId.of(zone), EVER_BEFORE, EVER_AFTER))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cut at the start    | 2026-05-04T10:30:00Z | 2100-01-01T00:00:00Z | 10:00=30 11:00=60
            cut at the end      | 2000-01-01T00:00:00Z | 2026-05-04T09:15:00Z | 09:00=15
            nothing inside      | 2026-05-04T12:00:00Z | 2026-05-05T00:00:00Z | ''
            """)
    void keepsOnlyWhatFallsInsideTheWindow(String name, String from, String to, String expected) {
        TimeFacts entry = entry(Instant.parse("2026-05-04T09:00:00Z"), Instant.parse("2026-05-04T12:00:00Z"));

        assertThat(describe(LocalHours.of(entry, ZoneId.of("UTC"), Instant.parse(from), Instant.parse(to))))
                .isEqualTo(expected);
    }

    private static TimeFacts entry(Instant start, Instant end) {
        return new TimeFacts(UUID.randomUUID(), null, start, end,
                TimeEntryTiming.wholeMinutes(start, end), null, null);
    }

    private static String describe(List<LocalHours.Piece> pieces) {
        return String.join(" ", pieces.stream()
                .map(piece -> piece.hour().toLocalTime() + "=" + piece.minutes())
                .toList());
    }
}
