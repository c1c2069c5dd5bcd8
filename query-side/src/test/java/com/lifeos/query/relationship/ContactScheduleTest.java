package com.lifeos.query.relationship;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContactScheduleTest {

    @ParameterizedTest(name = "last {0}, every {1} days, planned {2} -> {3}")
    @CsvSource({
            // last contact, every days, planned, next
            "2026-03-01, 14,         , 2026-03-15",
            "2026-01-31, 30,         , 2026-03-02",   // across the end of a short month
            "2028-01-31, 30,         , 2028-03-01",   // ... and of a leap February
            "2028-02-28,  1,         , 2028-02-29",   // onto the leap day
            "2028-02-29, 365,        , 2029-02-28",   // a year of days from the leap day
            "2028-02-29, 366,        , 2029-03-01",
            "2026-12-25, 10,         , 2027-01-04",   // across the year end
            "2026-03-28,  2,         , 2026-03-30",   // across the spring DST change (Europe): still two days
            "2026-10-24,  1,         , 2026-10-25",   // onto the autumn DST change (a 25-hour day is one day)
            "2026-03-01, 3650,       , 2036-02-27",   // the longest rhythm
            "2026-03-01, 14, 2026-03-05, 2026-03-05", // a plan wins over the rhythm
            "2026-03-01, 14, 2026-02-01, 2026-02-01", // ... even one in the past
            "          , 14, 2026-03-05, 2026-03-05", // a plan needs no last contact
            "2026-03-01,   ,           ,           ", // no rhythm, no plan: nothing is due
            "          , 14,           ,           ", // never in touch yet: no date to count from
    })
    void theNextContactIsThePlanElseTheLastContactPlusTheRhythm(LocalDate last, Integer everyDays, LocalDate planned,
                                                               LocalDate next) {
        assertThat(ContactSchedule.nextContactDate(last, everyDays, planned)).isEqualTo(next);
    }

    @ParameterizedTest(name = "due {0}, today {1}, within {2} days -> {3}")
    @CsvSource({
            // next contact, today, days, reminded
            "2026-03-01, 2026-03-14, 7, true",     // long overdue
            "2026-03-13, 2026-03-14, 7, true",     // overdue by a day
            "2026-03-14, 2026-03-14, 7, true",     // due today
            "2026-03-21, 2026-03-14, 7, true",     // the last day of the window
            "2026-03-22, 2026-03-14, 7, false",    // one day beyond it
            "2026-03-14, 2026-03-14, 0, true",     // a zero window still shows today
            "2026-03-15, 2026-03-14, 0, false",
            "2026-03-13, 2026-03-14, 0, true",
            "2026-04-05, 2026-03-29, 7, true",     // the window spans the spring DST change in whole days
            "2026-03-02, 2026-02-28, 2, true",     // across a month end
            "2027-01-03, 2026-12-31, 3, true",     // across a year end
            "2029-01-31, 2028-01-31, 365, false",  // a window of 365 days holding a leap day ends on 30 January
            "2029-01-30, 2028-01-31, 365, true",
            "          , 2026-03-14, 365, false",  // nothing due without a date
    })
    void remindsOfOverdueContactsAndThoseDueWithinTheWindow(LocalDate next, LocalDate today, int days,
                                                            boolean reminded) {
        assertThat(ContactSchedule.isDue(next, today, days)).isEqualTo(reminded);
    }

    @ParameterizedTest(name = "due {0}, today {1} -> overdue {2}, until {3}")
    @CsvSource({
            "2026-03-10, 2026-03-14,    4,    ",
            "2026-03-13, 2026-03-14,    1,    ",   // the first day late
            "2026-03-14, 2026-03-14,     ,   0",   // due today is upcoming, not 0 days overdue
            "2026-03-15, 2026-03-14,     ,   1",
            "2026-03-28, 2026-03-14,     ,  14",   // "due in 14 days", never "-14 days overdue"
            "2026-02-28, 2026-03-01,    1,    ",
            "2028-02-28, 2028-03-01,    2,    ",   // the leap day counts
            "2028-03-01, 2028-02-28,     ,   2",
            "2026-03-28, 2026-03-30,    2,    ",   // calendar days, not 24-hour periods, across DST
            "2026-10-24, 2026-10-26,    2,    ",
            "2026-10-26, 2026-10-24,     ,   2",
            "2025-12-31, 2027-01-01,  366,    ",
            "2027-01-01, 2026-12-31,     ,   1",   // across the year end
    })
    void aContactIsEitherOverdueOrUpcoming(LocalDate next, LocalDate today, Long daysOverdue, Long daysUntil) {
        assertThat(ContactSchedule.daysOverdue(next, today)).isEqualTo(daysOverdue);
        assertThat(ContactSchedule.daysUntil(next, today)).isEqualTo(daysUntil);
    }
}
