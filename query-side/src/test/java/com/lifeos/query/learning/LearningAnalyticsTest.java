package com.lifeos.query.learning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.lifeos.api.learning.LearningAnalyticsView;
import com.lifeos.api.learning.LearningAnalyticsView.PlatformMinutes;
import com.lifeos.api.learning.LearningAnalyticsView.WeekMinutes;
import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.query.shared.LocalDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class LearningAnalyticsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant LOGGED = Instant.parse("2026-01-01T00:00:00Z");

    private static SessionFacts session(LocalDate date, int minutes, String platform) {
        return new SessionFacts(UUID.randomUUID(), "Course", platform, minutes, null, date, LOGGED);
    }

    private static UserCalendar calendar(LocalDate today, DayOfWeek weekStart) {
        return new UserCalendar(UTC, today, weekStart);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void anEmptyRangeHasZeroWeeksNoPlatformsAndNoAverage() {
        DateRange range = new DateRange(date(2026, 3, 2), date(2026, 3, 15));
        LearningAnalyticsView view = LearningAnalytics.of(List.of(), range, calendar(date(2026, 3, 15),
                DayOfWeek.MONDAY));

        assertThat(view.totalMinutes()).isZero();
        assertThat(view.sessions()).isZero();
        assertThat(view.averageSessionMinutes()).isNull();
        assertThat(view.currentStreakDays()).isZero();
        assertThat(view.longestStreakDays()).isZero();
        assertThat(view.minutesPerWeek()).containsExactly(new WeekMinutes(date(2026, 3, 2), 0, 0),
                new WeekMinutes(date(2026, 3, 9), 0, 0));
        assertThat(view.minutesPerPlatform()).isEmpty();
    }

    static Stream<Arguments> weeks() {
        return Stream.of(
                // A month end inside a Monday week: 31 March and 1 April share the week of 30 March.
                Arguments.of(DayOfWeek.MONDAY, new DateRange(date(2026, 3, 25), date(2026, 4, 5)),
                        List.of(new WeekMinutes(date(2026, 3, 23), 10, 1), new WeekMinutes(date(2026, 3, 30), 50, 2))),
                // The same range in Sunday weeks: 29 March starts a week, so 25 March is the week before.
                Arguments.of(DayOfWeek.SUNDAY, new DateRange(date(2026, 3, 25), date(2026, 4, 5)),
                        List.of(new WeekMinutes(date(2026, 3, 22), 10, 1), new WeekMinutes(date(2026, 3, 29), 50, 2),
                                new WeekMinutes(date(2026, 4, 5), 0, 0))),
                // A week spanning the year end (2025-12-29 is a Monday).
                Arguments.of(DayOfWeek.MONDAY, new DateRange(date(2025, 12, 31), date(2026, 1, 2)),
                        List.of(new WeekMinutes(date(2025, 12, 29), 20, 1))),
                // A Saturday week start, one day of range only.
                Arguments.of(DayOfWeek.SATURDAY, new DateRange(date(2026, 3, 31), date(2026, 3, 31)),
                        List.of(new WeekMinutes(date(2026, 3, 28), 30, 1))));
    }

    @ParameterizedTest(name = "weeks from {0}, {1}")
    @MethodSource("weeks")
    void everyWeekTouchingTheRangeIsListedWithOnlyTheRangesSessions(DayOfWeek weekStart, DateRange range,
                                                                      List<WeekMinutes> expected) {
        List<SessionFacts> sessions = List.of(
                session(date(2025, 12, 28), 99, null),
                session(date(2026, 1, 1), 20, null),
                session(date(2026, 3, 24), 77, null),
                session(date(2026, 3, 25), 10, null),
                session(date(2026, 3, 31), 30, null),
                session(date(2026, 4, 1), 20, null),
                session(date(2026, 4, 6), 88, null));

        LearningAnalyticsView view = LearningAnalytics.of(sessions, range, calendar(date(2026, 4, 6), weekStart));

        assertThat(view.minutesPerWeek()).isEqualTo(expected);
        assertThat(view.totalMinutes()).isEqualTo(expected.stream().mapToLong(WeekMinutes::minutes).sum());
    }

    @Test
    void theAverageIsOverTheRangesSessionsToOneDecimal() {
        DateRange range = new DateRange(date(2026, 2, 1), date(2026, 2, 28));
        LearningAnalyticsView view = LearningAnalytics.of(List.of(
                session(date(2026, 1, 31), 500, null),
                session(date(2026, 2, 1), 25, null),
                session(date(2026, 2, 14), 30, null),
                session(date(2026, 2, 28), 30, null)), range, calendar(date(2026, 3, 1), DayOfWeek.MONDAY));

        assertThat(view.sessions()).isEqualTo(3);
        assertThat(view.totalMinutes()).isEqualTo(85);
        assertThat(view.averageSessionMinutes()).isEqualByComparingTo("28.3");
        assertThat(view.averageSessionMinutes().scale()).isEqualTo(1);
    }

    @Test
    void halfAMinuteRoundsUp() {
        DateRange range = new DateRange(date(2026, 2, 1), date(2026, 2, 28));
        LearningAnalyticsView view = LearningAnalytics.of(List.of(
                session(date(2026, 2, 1), 1, null),
                session(date(2026, 2, 2), 2, null),
                session(date(2026, 2, 3), 2, null),
                session(date(2026, 2, 4), 2, null)), range, calendar(date(2026, 2, 28), DayOfWeek.MONDAY));

        assertThat(view.averageSessionMinutes()).isEqualByComparingTo("1.8");
        assertThat(LearningAnalytics.of(List.of(session(date(2026, 2, 1), 1, null), session(date(2026, 2, 2), 2,
                null)), range, calendar(date(2026, 2, 28), DayOfWeek.MONDAY)).averageSessionMinutes())
                .isEqualByComparingTo("1.5");
    }

    @Test
    void platformsGroupIgnoringCaseMostMinutesFirstThenByNameWithUnnamedLast() {
        DateRange range = new DateRange(date(2026, 2, 1), date(2026, 2, 28));
        LearningAnalyticsView view = LearningAnalytics.of(List.of(
                session(date(2026, 2, 1), 30, "udemy"),
                session(date(2026, 2, 2), 60, null),
                session(date(2026, 2, 3), 15, "Udemy"),
                session(date(2026, 2, 6), 45, null),
                session(date(2026, 2, 4), 45, "Coursera"),
                session(date(2026, 2, 5), 45, "books"),
                session(date(2026, 3, 1), 999, "Coursera")), range, calendar(date(2026, 3, 1), DayOfWeek.MONDAY));

        assertThat(view.minutesPerPlatform()).containsExactly(
                new PlatformMinutes(null, 105, 2),
                new PlatformMinutes("books", 45, 1),
                new PlatformMinutes("Coursera", 45, 1),
                new PlatformMinutes("Udemy", 45, 2));
    }

    @Test
    void theStreakLooksBeyondTheRangeAndCountsDaysNotSessions() {
        LocalDate today = date(2026, 3, 1);
        List<SessionFacts> sessions = List.of(
                session(date(2026, 2, 26), 10, null),
                session(date(2026, 2, 27), 10, null),
                session(date(2026, 2, 28), 10, null),
                session(date(2026, 2, 28), 10, null),
                session(today, 10, null),
                session(date(2026, 1, 1), 10, null));

        LearningAnalyticsView view = LearningAnalytics.of(sessions, new DateRange(today, today),
                calendar(today, DayOfWeek.MONDAY));

        assertThat(view.currentStreakDays()).isEqualTo(4);
        assertThat(view.longestStreakDays()).isEqualTo(4);
        assertThat(view.sessions()).isEqualTo(1);
    }

    static Stream<Arguments> todays() {
        // The same instant is still 28 February in Honolulu and already 1 March in Tokyo (a leap-less February).
        Instant now = Instant.parse("2026-02-28T20:00:00Z");
        return Stream.of(
                Arguments.of("Pacific/Honolulu", LocalDays.today(now, ZoneId.of("Pacific/Honolulu")), 2),
                Arguments.of("Asia/Tokyo", LocalDays.today(now, ZoneId.of("Asia/Tokyo")), 2),
                Arguments.of("Europe/London", LocalDays.today(now, ZoneId.of("Europe/London")), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("todays")
    void theCurrentStreakIsJudgedOnTheUsersToday(String zone, LocalDate today, int expected) {
        List<SessionFacts> sessions = List.of(session(date(2026, 2, 27), 10, null),
                session(date(2026, 2, 28), 10, null));

        LearningAnalyticsView view = LearningAnalytics.of(sessions, new DateRange(today.minusDays(6), today),
                new UserCalendar(ZoneId.of(zone), today, DayOfWeek.MONDAY));

        assertThat(view.currentStreakDays()).isEqualTo(expected);
    }

    @Test
    void aStreakBrokenTheDayBeforeYesterdayIsOverInTokyoButNotInHonolulu() {
        Instant now = Instant.parse("2026-03-01T20:00:00Z");
        List<SessionFacts> sessions = List.of(session(date(2026, 2, 27), 10, null),
                session(date(2026, 2, 28), 10, null));
        LocalDate honolulu = LocalDays.today(now, ZoneId.of("Pacific/Honolulu"));
        LocalDate tokyo = LocalDays.today(now, ZoneId.of("Asia/Tokyo"));

        assertThat(LearningAnalytics.of(sessions, new DateRange(honolulu, honolulu),
                new UserCalendar(ZoneId.of("Pacific/Honolulu"), honolulu, DayOfWeek.MONDAY)).currentStreakDays())
                .isEqualTo(2);
        assertThat(LearningAnalytics.of(sessions, new DateRange(tokyo, tokyo),
                new UserCalendar(ZoneId.of("Asia/Tokyo"), tokyo, DayOfWeek.MONDAY)).currentStreakDays()).isZero();
        assertThat(LearningAnalytics.of(sessions, new DateRange(tokyo, tokyo),
                new UserCalendar(ZoneId.of("Asia/Tokyo"), tokyo, DayOfWeek.MONDAY)).longestStreakDays()).isEqualTo(2);
    }

    @Test
    void aDaylightSavingDayIsOneDayOfTheStreak() {
        // Clocks in Berlin went forward on 29 March 2026: the 23-hour day still counts as one.
        LocalDate today = date(2026, 3, 30);
        List<SessionFacts> sessions = List.of(session(date(2026, 3, 28), 10, null),
                session(date(2026, 3, 29), 10, null), session(today, 10, null));

        LearningAnalyticsView view = LearningAnalytics.of(sessions, new DateRange(date(2026, 3, 23), today),
                new UserCalendar(ZoneId.of("Europe/Berlin"), today, DayOfWeek.MONDAY));

        assertThat(view.currentStreakDays()).isEqualTo(3);
        assertThat(view.minutesPerWeek()).containsExactly(new WeekMinutes(date(2026, 3, 23), 20, 2),
                new WeekMinutes(today, 10, 1));
    }
}
