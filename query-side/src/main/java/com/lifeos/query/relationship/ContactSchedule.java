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

    /** Today minus the due date in days: positive when overdue, 0 on the day, negative while still ahead. */
    public static long daysOverdue(LocalDate nextContactDate, LocalDate today) {
        return ChronoUnit.DAYS.between(nextContactDate, today);
    }
}
