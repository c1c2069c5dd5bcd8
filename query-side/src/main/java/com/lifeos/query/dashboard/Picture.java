package com.lifeos.query.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.projection.dashboard.Areas;
import com.lifeos.projection.dashboard.FactRow;
import com.lifeos.projection.dashboard.SubjectRow;

/**
 * A person's live subjects and the facts of a window, as each area's picture reads them: the facts by area and
 * day, so each question about a range reads only that range, and each habit's check-in days.
 */
final class Picture {

    private final UserCalendar calendar;
    private final List<SubjectRow> subjects;
    private final Map<String, NavigableMap<LocalDate, List<FactRow>>> facts = new HashMap<>();
    private final Map<UUID, NavigableSet<LocalDate>> checkIns = new HashMap<>();

    /** Deleted subjects are kept for the activity feed only, and left out here. */
    Picture(UserCalendar calendar, List<SubjectRow> subjects, List<FactRow> facts) {
        this.calendar = calendar;
        this.subjects = subjects.stream().filter(subject -> !subject.deleted()).toList();
        for (FactRow fact : facts) {
            this.facts.computeIfAbsent(fact.area(), area -> new TreeMap<>())
                    .computeIfAbsent(fact.factDate(), day -> new ArrayList<>()).add(fact);
            if (fact.area().equals(Areas.HABITS) && fact.subjectId() != null) {
                checkIns.computeIfAbsent(fact.subjectId(), habit -> new TreeSet<>()).add(fact.factDate());
            }
        }
    }

    UserCalendar calendar() {
        return calendar;
    }

    LocalDate today() {
        return calendar.today();
    }

    List<SubjectRow> subjects(String area, String kind) {
        return subjects.stream().filter(s -> s.area().equals(area) && s.kind().equals(kind)).toList();
    }

    List<FactRow> facts(String area, LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, List<FactRow>> days = facts.get(area);
        if (days == null || from.isAfter(to)) {
            return List.of();
        }
        return days.subMap(from, true, to, true).values().stream().flatMap(List::stream).toList();
    }

    List<LocalDate> checkIns(UUID habitId, LocalDate from, LocalDate to) {
        NavigableSet<LocalDate> days = checkIns.get(habitId);
        return days == null ? List.of() : List.copyOf(days.subSet(from, true, to, true));
    }

    /** The days an area of day-by-day records is judged on (see {@link LifeScores#judgedDays}); null for none. */
    DateRange judgedDays(String area, DateRange range, LocalDate firstRecord) {
        return LifeScores.judgedDays(range, firstRecord, !facts(area, today(), today()).isEmpty(), today());
    }

    /** The days of the range with at least one of the area's facts. */
    long daysWithFacts(String area, DateRange judged) {
        return judged == null ? 0
                : facts(area, judged.from(), judged.to()).stream().map(FactRow::factDate).distinct().count();
    }

    static long minutes(List<FactRow> facts) {
        return facts.stream().map(FactRow::amount).filter(Objects::nonNull).mapToLong(BigDecimal::longValue).sum();
    }
}
