package com.lifeos.query.habit;

import com.lifeos.query.shared.LocalDays;
import static com.lifeos.query.habit.TestDates.date;
import static com.lifeos.query.habit.TestDates.dates;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.lifeos.api.habit.HabitFrequency;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** June 2026 starts on a Monday: 06-01 Mon, 06-06 Sat, 06-07 Sun, 06-08 Mon. */
class HabitCompletionTest {

    private static Completion completion(HabitRhythm rhythm, String checkins, String from, String to,
                                         String activeSince, String today) {
        return HabitCompletion.completion(
                rhythm, dates(checkins), date(from), date(to), date(activeSince), date(today));
    }

    private static BigDecimal rate(String rate) {
        return rate == null ? null : new BigDecimal(rate);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                 | check-ins                                                                   | from       | to         | active since | today      | due | met | rate
            whole range in the past                | 2026-06-01 2026-06-02 2026-06-03 2026-06-05 2026-06-08 2026-06-09 2026-06-10 | 2026-06-01 | 2026-06-10 | 2026-01-01   | 2026-06-20 | 10  | 7   | 0.7000
            clipped by activeSince, 4 of 6         | 2026-06-01 2026-06-02 2026-06-03 2026-06-05 2026-06-08 2026-06-09 2026-06-10 | 2026-06-01 | 2026-06-10 | 2026-06-05   | 2026-06-20 | 6   | 4   | 0.6667
            clipped by today, today checked        | 2026-06-01 2026-06-02 2026-06-03 2026-06-05 2026-06-08 2026-06-09 2026-06-10 | 2026-06-01 | 2026-06-30 | 2026-01-01   | 2026-06-10 | 10  | 7   | 0.7000
            open today unchecked is not due        | 2026-06-01 2026-06-02 2026-06-03 2026-06-05 2026-06-08 2026-06-09 2026-06-10 | 2026-06-01 | 2026-06-30 | 2026-01-01   | 2026-06-11 | 10  | 7   | 0.7000
            yesterday unchecked is due             | 2026-06-01 2026-06-02 2026-06-03 2026-06-05 2026-06-08 2026-06-09 2026-06-10 | 2026-06-01 | 2026-06-30 | 2026-01-01   | 2026-06-12 | 11  | 7   | 0.6364
            check-ins outside the range ignored    | 2026-05-31 2026-06-02 2026-06-04                                            | 2026-06-01 | 2026-06-03 | 2026-01-01   | 2026-06-20 | 3   | 1   | 0.3333
            duplicates count once                  | 2026-06-02 2026-06-02 2026-06-02                                            | 2026-06-01 | 2026-06-03 | 2026-01-01   | 2026-06-20 | 3   | 1   | 0.3333
            activeSince after to                   | 2026-06-01 2026-06-02 2026-06-03 2026-06-05 2026-06-08 2026-06-09 2026-06-10 | 2026-06-01 | 2026-06-10 | 2026-06-11   | 2026-06-20 | 0   | 0   |
            from after to                          | 2026-06-01 2026-06-02 2026-06-03 2026-06-05 2026-06-08 2026-06-09 2026-06-10 | 2026-06-10 | 2026-06-01 | 2026-01-01   | 2026-06-20 | 0   | 0   |
            range entirely in the future           | 2026-06-01 2026-06-02 2026-06-03 2026-06-05 2026-06-08 2026-06-09 2026-06-10 | 2026-06-21 | 2026-06-30 | 2026-01-01   | 2026-06-20 | 0   | 0   |
            only today, unchecked                  | 2026-06-09                                                                  | 2026-06-10 | 2026-06-10 | 2026-01-01   | 2026-06-10 | 0   | 0   |
            only today, checked                    | 2026-06-10                                                                  | 2026-06-10 | 2026-06-10 | 2026-01-01   | 2026-06-10 | 1   | 1   | 1.0000
            no check-ins at all                    |                                                                             | 2026-06-01 | 2026-06-04 | 2026-01-01   | 2026-06-20 | 4   | 0   | 0.0000
            over leap day 2028                     | 2028-02-28 2028-02-29                                                       | 2028-02-28 | 2028-03-01 | 2028-01-01   | 2028-03-05 | 3   | 2   | 0.6667
            """)
    void daily(String description, String checkins, String from, String to, String activeSince, String today,
               int due, int met, String rate) {
        Completion completion = completion(HabitRhythm.daily(MONDAY), checkins, from, to, activeSince, today);

        assertThat(completion).isEqualTo(new Completion(due, met, rate(rate)));
    }

    @Test
    void twoOfThreeRoundsToFourDecimals() {
        Completion completion = completion(HabitRhythm.daily(MONDAY), "2026-06-01 2026-06-03",
                "2026-06-01", "2026-06-03", "2026-06-01", "2026-06-20");

        assertThat(completion.rate()).isEqualByComparingTo("0.6667").hasScaleOf(4);
    }

    @Test
    void unfinishedTodayNeverLowersTheRate() {
        HabitRhythm rhythm = HabitRhythm.daily(MONDAY);
        String allButToday = "2026-06-08 2026-06-09";

        Completion morning = completion(rhythm, allButToday, "2026-06-08", "2026-06-10", "2026-06-08", "2026-06-10");
        Completion evening = completion(rhythm, allButToday + " 2026-06-10",
                "2026-06-08", "2026-06-10", "2026-06-08", "2026-06-10");

        assertThat(morning).isEqualTo(new Completion(2, 2, new BigDecimal("1.0000")));
        assertThat(evening).isEqualTo(new Completion(3, 3, new BigDecimal("1.0000")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | check-ins                                                                                    | from       | to         | today      | due | met | rate
            two weeks, weekend check-in ignored      | 2026-06-01 2026-06-02 2026-06-03 2026-06-04 2026-06-05 2026-06-06 2026-06-08 2026-06-09     | 2026-06-01 | 2026-06-14 | 2026-06-20 | 10  | 7   | 0.7000
            today is Saturday, nothing open          | 2026-06-08 2026-06-09                                                                        | 2026-06-08 | 2026-06-30 | 2026-06-13 | 5   | 2   | 0.4000
            today is Friday and unchecked            | 2026-06-08 2026-06-09                                                                        | 2026-06-08 | 2026-06-30 | 2026-06-12 | 4   | 2   | 0.5000
            today is Friday and checked              | 2026-06-08 2026-06-09 2026-06-12                                                             | 2026-06-08 | 2026-06-30 | 2026-06-12 | 5   | 3   | 0.6000
            weekend-only range                       | 2026-06-06                                                                                   | 2026-06-06 | 2026-06-07 | 2026-06-20 | 0   | 0   |
            range starting and ending mid-week       | 2026-06-04 2026-06-08                                                                        | 2026-06-04 | 2026-06-09 | 2026-06-20 | 4   | 2   | 0.5000
            """)
    void mondayToFriday(String description, String checkins, String from, String to, String today,
                        int due, int met, String rate) {
        HabitRhythm rhythm = HabitRhythm.weekdays(EnumSet.range(MONDAY, FRIDAY), MONDAY);

        assertThat(completion(rhythm, checkins, from, to, "2026-01-01", today))
                .isEqualTo(new Completion(due, met, rate(rate)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | check-ins                                                                                                   | from       | to         | active since | today      | due | met | rate
            three whole weeks, two met                    | 2026-06-01 2026-06-02 2026-06-03 2026-06-08 2026-06-09 2026-06-15 2026-06-16 2026-06-17 2026-06-18         | 2026-06-01 | 2026-06-21 | 2026-01-01   | 2026-06-30 | 3   | 2   | 0.6667
            clipped range judged on whole weeks           | 2026-06-01 2026-06-02 2026-06-03 2026-06-08                                                                 | 2026-06-05 | 2026-06-09 | 2026-01-01   | 2026-06-30 | 2   | 1   | 0.5000
            activeSince mid-week keeps that week          | 2026-06-01 2026-06-02 2026-06-03                                                                            | 2026-06-01 | 2026-06-07 | 2026-06-04   | 2026-06-30 | 1   | 1   | 1.0000
            open week not yet met is not due              | 2026-06-01 2026-06-02 2026-06-03 2026-06-08 2026-06-09 2026-06-10 2026-06-15                               | 2026-06-01 | 2026-06-30 | 2026-01-01   | 2026-06-17 | 2   | 2   | 1.0000
            open week already met is due                  | 2026-06-01 2026-06-02 2026-06-03 2026-06-08 2026-06-09 2026-06-10 2026-06-15 2026-06-16 2026-06-17         | 2026-06-01 | 2026-06-30 | 2026-01-01   | 2026-06-17 | 3   | 3   | 1.0000
            range ending yesterday, week still open       | 2026-06-01 2026-06-02 2026-06-03 2026-06-15                                                                 | 2026-06-01 | 2026-06-16 | 2026-01-01   | 2026-06-17 | 2   | 1   | 0.5000
            future check-ins do not complete the open week | 2026-06-15 2026-06-16 2026-06-18                                                                           | 2026-06-15 | 2026-06-21 | 2026-01-01   | 2026-06-17 | 0   | 0   |
            week 53 of 2026 across New Year               | 2026-12-30 2026-12-31 2027-01-01                                                                            | 2026-12-21 | 2027-01-10 | 2026-01-01   | 2027-01-31 | 3   | 1   | 0.3333
            """)
    void weeklyTargetThreeMondayStart(String description, String checkins, String from, String to, String activeSince,
                                      String today, int due, int met, String rate) {
        assertThat(completion(HabitRhythm.weekly(3, MONDAY), checkins, from, to, activeSince, today))
                .isEqualTo(new Completion(due, met, rate(rate)));
    }

    @ParameterizedTest(name = "week starts {0}")
    @CsvSource(delimiter = '|', textBlock = """
            SUNDAY | 1 | 1 | 1.0000
            MONDAY | 2 | 0 | 0.0000
            """)
    void weekStartDecidesWhichCheckinsShareAWeek(DayOfWeek weekStart, int due, int met, String rate) {
        // Sun 06-07 .. Sat 06-13 is one Sunday-week but overlaps two Monday-weeks.
        Completion completion = completion(HabitRhythm.weekly(3, weekStart), "2026-06-07 2026-06-08 2026-06-09",
                "2026-06-07", "2026-06-13", "2026-01-01", "2026-06-30");

        assertThat(completion).isEqualTo(new Completion(due, met, rate(rate)));
    }

    @Test
    void agreesWithDayByDayReferenceOnRandomRanges() {
        Random random = new Random(20260611);
        LocalDate base = LocalDate.of(2026, 6, 1);
        for (int i = 0; i < 3000; i++) {
            HabitRhythm rhythm = StreakCalculatorTest.randomRhythm(random);
            List<LocalDate> checkins = new ArrayList<>();
            int size = random.nextInt(50);
            for (int j = 0; j < size; j++) {
                checkins.add(base.plusDays(random.nextInt(60)));
            }
            LocalDate from = base.plusDays(random.nextInt(60) - 5);
            LocalDate to = from.plusDays(random.nextInt(40) - 3);
            LocalDate activeSince = base.plusDays(random.nextInt(40) - 10);
            LocalDate today = base.plusDays(random.nextInt(60));

            assertThat(HabitCompletion.completion(rhythm, checkins, from, to, activeSince, today))
                    .as("%s %s..%s since %s today %s with %s", rhythm, from, to, activeSince, today,
                            new TreeSet<>(checkins))
                    .isEqualTo(reference(rhythm, checkins, from, to, activeSince, today));
        }
    }

    private static Completion reference(HabitRhythm rhythm, List<LocalDate> checkins, LocalDate from, LocalDate to,
                                        LocalDate activeSince, LocalDate today) {
        LocalDate start = from.isAfter(activeSince) ? from : activeSince;
        LocalDate end = to.isBefore(today) ? to : today;
        if (start.isAfter(end)) {
            return Completion.of(0, 0);
        }
        TreeSet<LocalDate> counting = new TreeSet<>();
        for (LocalDate day : checkins) {
            if (!day.isAfter(today) && rhythm.isDueOn(day.getDayOfWeek())) {
                counting.add(day);
            }
        }
        int due = 0;
        int met = 0;
        if (rhythm.frequency() == HabitFrequency.WEEKLY) {
            for (LocalDate week = LocalDays.weekStartOf(start, rhythm.weekStart());
                 !week.isAfter(end); week = week.plusWeeks(1)) {
                boolean isMet = counting.subSet(week, week.plusWeeks(1)).size() >= rhythm.targetPerWeek();
                boolean isOpen = !today.isBefore(week) && today.isBefore(week.plusWeeks(1));
                if (isMet || !isOpen) {
                    due++;
                    met += isMet ? 1 : 0;
                }
            }
        } else {
            for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                if (rhythm.isDueOn(day.getDayOfWeek())) {
                    boolean isMet = counting.contains(day);
                    if (isMet || !day.equals(today)) {
                        due++;
                        met += isMet ? 1 : 0;
                    }
                }
            }
        }
        return Completion.of(due, met);
    }
}
