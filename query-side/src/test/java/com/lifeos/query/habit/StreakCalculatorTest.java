package com.lifeos.query.habit;

import com.lifeos.query.shared.LocalDays;
import static com.lifeos.query.habit.TestDates.date;
import static com.lifeos.query.habit.TestDates.dates;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import com.lifeos.api.habit.HabitFrequency;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** June 2026 starts on a Monday: 06-01 Mon, 06-06 Sat, 06-07 Sun, 06-08 Mon. */
class StreakCalculatorTest {

    private static final HabitRhythm DAILY = HabitRhythm.daily(MONDAY);
    private static final HabitRhythm MON_TO_FRI =
            HabitRhythm.weekdays(EnumSet.range(MONDAY, FRIDAY), MONDAY);
    private static final HabitRhythm MON_WED_FRI =
            HabitRhythm.weekdays(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), MONDAY);

    private static Streak compute(HabitRhythm rhythm, String checkins, String today) {
        return StreakCalculator.compute(rhythm, dates(checkins), date(today));
    }

    @ParameterizedTest
    @EnumSource(HabitFrequency.class)
    void emptyHistoryHasNoStreak(HabitFrequency frequency) {
        HabitRhythm rhythm = new HabitRhythm(frequency, 3, Set.of(MONDAY), MONDAY);

        Streak streak = StreakCalculator.compute(rhythm, List.of(), LocalDate.of(2026, 6, 10));

        assertThat(streak).isEqualTo(new Streak(0, 0, rhythm.streakUnit(), null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                | check-ins                                                                   | today      | current | longest | last check-in
            today checked                         | 2026-06-08 2026-06-09 2026-06-10                                            | 2026-06-10 | 3       | 3       | 2026-06-10
            today not checked, yesterday checked  | 2026-06-07 2026-06-08 2026-06-09                                            | 2026-06-10 | 3       | 3       | 2026-06-09
            ended two days ago                    | 2026-06-07 2026-06-08                                                       | 2026-06-10 | 0       | 2       | 2026-06-08
            gap breaks the streak                 | 2026-06-05 2026-06-06 2026-06-08 2026-06-09 2026-06-10                      | 2026-06-10 | 3       | 3       | 2026-06-10
            longest in the past                   | 2026-06-01 2026-06-02 2026-06-03 2026-06-04 2026-06-05 2026-06-09 2026-06-10 | 2026-06-10 | 2       | 5       | 2026-06-10
            single check-in today                 | 2026-06-10                                                                  | 2026-06-10 | 1       | 1       | 2026-06-10
            future check-ins ignored              | 2026-06-09 2026-06-10 2026-06-11 2026-06-12                                 | 2026-06-10 | 2       | 2       | 2026-06-10
            only future check-ins                 | 2026-06-11                                                                  | 2026-06-10 | 0       | 0       |
            duplicates are harmless               | 2026-06-09 2026-06-09 2026-06-10 2026-06-10                                 | 2026-06-10 | 2       | 2       | 2026-06-10
            unsorted input                        | 2026-06-10 2026-06-08 2026-06-09                                            | 2026-06-10 | 3       | 3       | 2026-06-10
            """)
    void dailyStreaks(String description, String checkins, String today, int current, int longest, String last) {
        assertThat(compute(DAILY, checkins, today))
                .isEqualTo(new Streak(current, longest, StreakUnit.DAYS, date(last)));
    }

    @Test
    void streakEndedYesterdayIsStillCurrentToday() {
        Streak streak = compute(DAILY, "2026-06-07 2026-06-08 2026-06-09", "2026-06-10");

        assertThat(streak.current()).isEqualTo(3);
    }

    @Test
    void checkingInTodayExtendsTheStreak() {
        String history = "2026-06-07 2026-06-08 2026-06-09";

        assertThat(compute(DAILY, history, "2026-06-10").current()).isEqualTo(3);
        assertThat(compute(DAILY, history + " 2026-06-10", "2026-06-10").current()).isEqualTo(4);
    }

    @Test
    void backFilledDateJoinsTwoRunsIntoOne() {
        List<LocalDate> checkins = new ArrayList<>(dates("2026-06-05 2026-06-06 2026-06-08 2026-06-09 2026-06-10"));
        LocalDate today = LocalDate.of(2026, 6, 10);
        assertThat(StreakCalculator.compute(DAILY, checkins, today))
                .extracting(Streak::current, Streak::longest).containsExactly(3, 3);

        checkins.add(LocalDate.of(2026, 6, 7));

        assertThat(StreakCalculator.compute(DAILY, checkins, today))
                .isEqualTo(new Streak(6, 6, StreakUnit.DAYS, today));
    }

    @Test
    void undoingACheckinSplitsTheRun() {
        Set<LocalDate> checkins = new HashSet<>(dates(
                "2026-06-04 2026-06-05 2026-06-06 2026-06-07 2026-06-08 2026-06-09 2026-06-10"));
        LocalDate today = LocalDate.of(2026, 6, 10);
        assertThat(StreakCalculator.compute(DAILY, checkins, today))
                .extracting(Streak::current, Streak::longest).containsExactly(7, 7);

        checkins.remove(LocalDate.of(2026, 6, 8));

        assertThat(StreakCalculator.compute(DAILY, checkins, today))
                .isEqualTo(new Streak(2, 4, StreakUnit.DAYS, today));
    }

    @Test
    void undoingTodaysCheckinKeepsTheStreakEndingYesterday() {
        Set<LocalDate> checkins = new HashSet<>(dates("2026-06-08 2026-06-09 2026-06-10"));
        LocalDate today = LocalDate.of(2026, 6, 10);

        checkins.remove(today);

        assertThat(StreakCalculator.compute(DAILY, checkins, today))
                .isEqualTo(new Streak(2, 2, StreakUnit.DAYS, LocalDate.of(2026, 6, 9)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | check-ins                                   | today      | current | longest | last check-in
            across the weekend                            | 2026-06-04 2026-06-05 2026-06-08            | 2026-06-08 | 3       | 3       | 2026-06-08
            Monday still open, Friday ends the streak     | 2026-06-04 2026-06-05                       | 2026-06-08 | 2       | 2       | 2026-06-05
            Saturday: previous due day is Friday          | 2026-06-04 2026-06-05                       | 2026-06-06 | 2       | 2       | 2026-06-05
            Sunday: previous due day is Friday            | 2026-06-04 2026-06-05                       | 2026-06-07 | 2       | 2       | 2026-06-05
            Tuesday open after a checked Monday           | 2026-06-04 2026-06-05 2026-06-08            | 2026-06-09 | 3       | 3       | 2026-06-08
            missed Monday breaks it                       | 2026-06-04 2026-06-05                       | 2026-06-09 | 0       | 2       | 2026-06-05
            weekend check-ins ignored                     | 2026-06-05 2026-06-06 2026-06-07            | 2026-06-07 | 1       | 1       | 2026-06-05
            only weekend check-ins                        | 2026-06-06 2026-06-07                       | 2026-06-08 | 0       | 0       |
            """)
    void mondayToFridayStreaks(String description, String checkins, String today, int current, int longest, String last) {
        assertThat(compute(MON_TO_FRI, checkins, today))
                .isEqualTo(new Streak(current, longest, StreakUnit.DAYS, date(last)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | check-ins                                  | today      | current | longest | last check-in
            skipped Tuesday is not due                     | 2026-06-01 2026-06-03                      | 2026-06-03 | 2       | 2       | 2026-06-03
            Thursday: previous due day is Wednesday        | 2026-06-01 2026-06-03                      | 2026-06-04 | 2       | 2       | 2026-06-03
            Friday open                                    | 2026-06-01 2026-06-03                      | 2026-06-05 | 2       | 2       | 2026-06-03
            Saturday after a missed Friday                 | 2026-06-01 2026-06-03                      | 2026-06-06 | 0       | 2       | 2026-06-03
            Tuesday check-in does not count                | 2026-06-01 2026-06-02 2026-06-03           | 2026-06-03 | 2       | 2       | 2026-06-03
            Thursday check-in is not the last check-in     | 2026-06-01 2026-06-03 2026-06-04           | 2026-06-04 | 2       | 2       | 2026-06-03
            Thursday check-in does not rescue a missed Wed | 2026-06-01 2026-06-04                      | 2026-06-05 | 0       | 1       | 2026-06-01
            """)
    void mondayWednesdayFridayStreaks(String description, String checkins, String today, int current, int longest,
                                      String last) {
        assertThat(compute(MON_WED_FRI, checkins, today))
                .isEqualTo(new Streak(current, longest, StreakUnit.DAYS, date(last)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | check-ins                                                                        | today      | current | longest | last check-in
            current week open, not yet met           | 2026-06-01 2026-06-03 2026-06-05 2026-06-08 2026-06-10 2026-06-12 2026-06-15     | 2026-06-17 | 2       | 2       | 2026-06-15
            current week already met                 | 2026-06-01 2026-06-03 2026-06-05 2026-06-08 2026-06-10 2026-06-12 2026-06-15 2026-06-16 2026-06-17 | 2026-06-17 | 3 | 3 | 2026-06-17
            last week short of target                | 2026-06-01 2026-06-03 2026-06-05 2026-06-08 2026-06-10                           | 2026-06-17 | 0       | 1       | 2026-06-10
            earlier week short of target             | 2026-06-01 2026-06-03 2026-06-08 2026-06-10 2026-06-12                           | 2026-06-17 | 1       | 1       | 2026-06-12
            same-day duplicates count once           | 2026-06-08 2026-06-08 2026-06-08                                                 | 2026-06-10 | 0       | 0       | 2026-06-08
            future check-ins do not complete a week  | 2026-06-15 2026-06-16 2026-06-18                                                 | 2026-06-17 | 0       | 0       | 2026-06-16
            """)
    void weeklyTargetThreeMondayStart(String description, String checkins, String today, int current, int longest,
                                      String last) {
        assertThat(compute(HabitRhythm.weekly(3, MONDAY), checkins, today))
                .isEqualTo(new Streak(current, longest, StreakUnit.WEEKS, date(last)));
    }

    @ParameterizedTest(name = "week starts {0}")
    @CsvSource({"SUNDAY, 1, 1", "MONDAY, 0, 0"})
    void weekStartDecidesWhichCheckinsShareAWeek(DayOfWeek weekStart, int current, int longest) {
        // Sun 06-07, Mon 06-08, Tue 06-09: one week when weeks start on Sunday, split 1 + 2 when on Monday.
        Streak streak = compute(HabitRhythm.weekly(3, weekStart), "2026-06-07 2026-06-08 2026-06-09", "2026-06-15");

        assertThat(streak).isEqualTo(new Streak(current, longest, StreakUnit.WEEKS, LocalDate.of(2026, 6, 9)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | rhythm          | check-ins                                            | today      | current | longest
            daily over Dec 31 to Jan 1              | DAILY           | 2025-12-30 2025-12-31 2026-01-01                     | 2026-01-01 | 3       | 3
            daily over 2026 to 2027                 | DAILY           | 2026-12-31 2027-01-01                                | 2027-01-02 | 2       | 2
            daily over leap day 2028                | DAILY           | 2028-02-27 2028-02-28 2028-02-29 2028-03-01          | 2028-03-01 | 4       | 4
            daily Feb 28 to Mar 1 in 2027           | DAILY           | 2027-02-28 2027-03-01                                | 2027-03-01 | 2       | 2
            Tuesdays over leap day 2028             | TUESDAYS        | 2028-02-22 2028-02-29 2028-03-07                     | 2028-03-07 | 3       | 3
            weekly over ISO week 53 of 2026         | WEEKLY_1_MONDAY | 2026-12-22 2026-12-31 2027-01-05                     | 2027-01-06 | 3       | 3
            weekly over ISO week 53, Sunday weeks   | WEEKLY_1_SUNDAY | 2026-12-22 2026-12-31 2027-01-05                     | 2027-01-06 | 3       | 3
            week straddling New Year meets target   | WEEKLY_3_MONDAY | 2026-12-30 2026-12-31 2027-01-01                     | 2027-01-03 | 1       | 1
            straddling week, Sunday weeks           | WEEKLY_3_SUNDAY | 2026-12-30 2026-12-31 2027-01-01                     | 2027-01-03 | 1       | 1
            """)
    void calendarEdges(String description, String rhythm, String checkins, String today, int current, int longest) {
        Streak streak = compute(rhythm(rhythm), checkins, today);

        assertThat(streak).extracting(Streak::current, Streak::longest).containsExactly(current, longest);
    }

    @Test
    void twentyYearsOfDailyHistoryIsComputedInOnePass() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        LocalDate missed = today.minusDays(1000);
        List<LocalDate> checkins = today.minusYears(20).datesUntil(today.plusDays(1))
                .filter(day -> !day.equals(missed))
                .toList();
        int expectedLongest = (int) (missed.toEpochDay() - today.minusYears(20).toEpochDay());

        Streak streak = assertTimeout(Duration.ofSeconds(2), () -> StreakCalculator.compute(DAILY, checkins, today));

        assertThat(streak).isEqualTo(new Streak(1000, expectedLongest, StreakUnit.DAYS, today));
    }

    @Test
    void agreesWithDayByDayReferenceOnRandomHistories() {
        Random random = new Random(20260610);
        LocalDate today = LocalDate.of(2026, 6, 10);
        for (int i = 0; i < 3000; i++) {
            HabitRhythm rhythm = randomRhythm(random);
            List<LocalDate> checkins = new ArrayList<>();
            int size = random.nextInt(60);
            for (int j = 0; j < size; j++) {
                checkins.add(today.minusDays(random.nextInt(70) - 5));
            }

            assertThat(StreakCalculator.compute(rhythm, checkins, today))
                    .as("%s with %s", rhythm, new TreeSet<>(checkins))
                    .isEqualTo(reference(rhythm, checkins, today));
        }
    }

    static HabitRhythm randomRhythm(Random random) {
        DayOfWeek weekStart = DayOfWeek.of(random.nextInt(7) + 1);
        return switch (HabitFrequency.values()[random.nextInt(3)]) {
            case DAILY -> HabitRhythm.daily(weekStart);
            case WEEKLY -> HabitRhythm.weekly(random.nextInt(7) + 1, weekStart);
            case WEEKDAYS -> {
                EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (random.nextBoolean()) {
                        days.add(day);
                    }
                }
                if (days.isEmpty()) {
                    days.add(DayOfWeek.of(random.nextInt(7) + 1));
                }
                yield HabitRhythm.weekdays(days, weekStart);
            }
        };
    }

    /** Walks every period from the first check-in to the open one; slow but obviously right. */
    private static Streak reference(HabitRhythm rhythm, List<LocalDate> checkins, LocalDate today) {
        TreeSet<LocalDate> counting = new TreeSet<>();
        for (LocalDate day : checkins) {
            if (!day.isAfter(today) && rhythm.isDueOn(day.getDayOfWeek())) {
                counting.add(day);
            }
        }
        if (counting.isEmpty()) {
            return new Streak(0, 0, rhythm.streakUnit(), null);
        }
        List<Boolean> met = new ArrayList<>();
        if (rhythm.frequency() == HabitFrequency.WEEKLY) {
            for (LocalDate start = LocalDays.weekStartOf(counting.first(), rhythm.weekStart());
                 !start.isAfter(today); start = start.plusWeeks(1)) {
                met.add(counting.subSet(start, start.plusWeeks(1)).size() >= rhythm.targetPerWeek());
            }
        } else {
            for (LocalDate day = counting.first(); ; day = day.plusDays(1)) {
                if (rhythm.isDueOn(day.getDayOfWeek())) {
                    met.add(counting.contains(day));
                    if (!day.isBefore(today)) {
                        break;
                    }
                }
            }
        }
        int longest = 0;
        int run = 0;
        List<Integer> runEndingAt = new ArrayList<>();
        for (boolean m : met) {
            run = m ? run + 1 : 0;
            longest = Math.max(longest, run);
            runEndingAt.add(run);
        }
        int open = met.size() - 1;
        int current = met.get(open) ? runEndingAt.get(open) : open > 0 ? runEndingAt.get(open - 1) : 0;
        return new Streak(current, longest, rhythm.streakUnit(), counting.last());
    }

    private static HabitRhythm rhythm(String name) {
        return switch (name) {
            case "DAILY" -> DAILY;
            case "TUESDAYS" -> HabitRhythm.weekdays(Set.of(TUESDAY), MONDAY);
            case "WEEKLY_1_MONDAY" -> HabitRhythm.weekly(1, MONDAY);
            case "WEEKLY_1_SUNDAY" -> HabitRhythm.weekly(1, SUNDAY);
            case "WEEKLY_3_MONDAY" -> HabitRhythm.weekly(3, MONDAY);
            case "WEEKLY_3_SUNDAY" -> HabitRhythm.weekly(3, SUNDAY);
            default -> throw new IllegalArgumentException(name);
        };
    }
}
