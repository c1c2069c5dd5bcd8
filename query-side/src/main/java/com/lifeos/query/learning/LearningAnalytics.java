package com.lifeos.query.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lifeos.api.learning.LearningAnalyticsView;
import com.lifeos.api.learning.LearningAnalyticsView.PlatformMinutes;
import com.lifeos.api.learning.LearningAnalyticsView.WeekMinutes;
import com.lifeos.api.shared.Bucket;
import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.query.shared.Buckets;
import com.lifeos.query.shared.DayStreaks;

/**
 * Learning time over a range of local dates. Totals, weeks and platforms count only the sessions dated inside
 * the range; the streaks look at every session up to the user's today, since a streak does not stop at the edge
 * of the range a chart happens to show.
 */
public final class LearningAnalytics {

    private static final int AVERAGE_SCALE = 1;

    /** Most minutes first; ties by name ignoring case, the sessions without a platform last. */
    private static final Comparator<PlatformMinutes> MOST_MINUTES_FIRST = Comparator
            .comparingLong(PlatformMinutes::minutes).reversed()
            .thenComparing(PlatformMinutes::platform, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));

    private LearningAnalytics() {
    }

    public static LearningAnalyticsView of(List<SessionFacts> sessions, DateRange range, UserCalendar calendar) {
        List<SessionFacts> inRange = sessions.stream().filter(session -> range.contains(session.date()))
                .sorted(SessionFacts.CHRONOLOGICAL).toList();
        long totalMinutes = inRange.stream().mapToLong(SessionFacts::minutes).sum();
        List<LocalDate> days = sessions.stream().map(SessionFacts::date).toList();
        return new LearningAnalyticsView(range.from(), range.to(), totalMinutes, inRange.size(),
                average(totalMinutes, inRange.size()), DayStreaks.current(days, calendar.today()),
                DayStreaks.longest(days, calendar.today()), perWeek(inRange, range, calendar), perPlatform(inRange));
    }

    private static BigDecimal average(long minutes, int sessions) {
        return sessions == 0 ? null
                : BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(sessions), AVERAGE_SCALE, RoundingMode.HALF_UP);
    }

    private static List<WeekMinutes> perWeek(List<SessionFacts> inRange, DateRange range, UserCalendar calendar) {
        Map<LocalDate, long[]> weeks = new LinkedHashMap<>();
        Buckets.starts(range, Bucket.WEEK, calendar.weekStart()).forEach(start -> weeks.put(start, new long[2]));
        for (SessionFacts session : inRange) {
            long[] week = weeks.get(Buckets.startOf(session.date(), Bucket.WEEK, calendar.weekStart()));
            week[0] += session.minutes();
            week[1]++;
        }
        List<WeekMinutes> result = new ArrayList<>();
        weeks.forEach((start, week) -> result.add(new WeekMinutes(start, week[0], (int) week[1])));
        return result;
    }

    /** One entry per platform (compared ignoring case, named as its latest session spells it). */
    private static List<PlatformMinutes> perPlatform(List<SessionFacts> inRange) {
        Map<String, List<SessionFacts>> byPlatform = new LinkedHashMap<>();
        inRange.forEach(session -> byPlatform.computeIfAbsent(session.platformKey(), key -> new ArrayList<>())
                .add(session));
        return byPlatform.values().stream()
                .map(group -> new PlatformMinutes(group.getLast().platform(),
                        group.stream().mapToLong(SessionFacts::minutes).sum(), group.size()))
                .sorted(MOST_MINUTES_FIRST)
                .toList();
    }
}
