package com.lifeos.projection.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

/**
 * Which of a user's facts of one kind is the latest, in the order the look-up query uses
 * ({@link FactRows#findFirstByUserIdAndAreaAndKindOrderByFactDateDescOccurredAtDescIdDesc}): the later local date,
 * then the later moment, then the larger id; a missing value sorts as the largest, as both databases do in a
 * descending order, and ids compare as their text does (unsigned, as the databases compare UUIDs).
 */
final class LatestFacts {

    private static final Comparator<Key> ORDER = Comparator
            .comparing(Key::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Key::moment, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(key -> key.id().toString());

    private LatestFacts() {
    }

    /** The subject showing the latest fact of a kind has an id of its own, the same on every replay. */
    static UUID subjectId(UUID userId, String area, String kind) {
        return UUID.nameUUIDFromBytes(("latest:" + userId + ":" + area + ":" + kind).getBytes(StandardCharsets.UTF_8));
    }

    static boolean isAtLeastAsNew(FactRow fact, SubjectRow shown) {
        return ORDER.compare(new Key(fact.factDate(), fact.occurredAt(), fact.id()),
                new Key(shown.startDate(), shown.recordedAt(), shown.sourceId())) >= 0;
    }

    private record Key(LocalDate date, Instant moment, UUID id) {
    }
}
