package com.lifeos.query.relationship;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a person is due to be contacted again, and whether that is soon enough to remind the owner. All of it is
 * calendar-day arithmetic on local dates ("today" already judged in the owner's zone), so a day is a day even when
 * the clocks change, and a rhythm of 30 days from 31 January lands on 2 March (1 March in a leap year).
 */
public final class ContactSchedule {

    private ContactSchedule() {
    }

    /**
     * The planned date when the owner set one; else the last contact plus the rhythm; none without a plan and
     * without both a last contact and a rhythm.
     */
    public static LocalDate nextContactDate(LocalDate lastContactDate, Integer contactEveryDays,
                                            LocalDate plannedContactDate) {
        if (plannedContactDate != null) {
            return plannedContactDate;
        }
        if (lastContactDate == null || contactEveryDays == null) {
            return null;
        }
        return lastContactDate.plusDays(contactEveryDays);
    }

    /** Due for a reminder: overdue, or due within {@code days} days from today (today itself included). */
    public static boolean isDue(LocalDate nextContactDate, LocalDate today, int days) {
        return nextContactDate != null && !nextContactDate.isAfter(today.plusDays(days));
    }

    /**
     * Whole days since the due date when it is past (1 or more); null on the day itself and while it is ahead, so
     * a number here always means "late by".
     */
    public static Long daysOverdue(LocalDate nextContactDate, LocalDate today) {
        long late = ChronoUnit.DAYS.between(nextContactDate, today);
        return late > 0 ? late : null;
    }

    /**
     * Whole days until the due date while it is today or ahead (0 means due today); null once it is past, so a
     * contact is either overdue or upcoming, never both.
     */
    public static Long daysUntil(LocalDate nextContactDate, LocalDate today) {
        long ahead = ChronoUnit.DAYS.between(today, nextContactDate);
        return ahead >= 0 ? ahead : null;
    }
}
