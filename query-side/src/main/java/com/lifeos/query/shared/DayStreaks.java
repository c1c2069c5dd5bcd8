package com.lifeos.query.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Runs of consecutive local days with something recorded (a learning session, a journal entry). A run still
 * counts as current while today is not over: it may end yesterday, since today's entry may yet come.
 */
public final class DayStreaks {

    private DayStreaks() {
    }

    /** The run that ends today, or yesterday when today has nothing yet; 0 when neither day has anything. */
    public static int current(Collection<LocalDate> days, LocalDate today) {
        NavigableSet<LocalDate> set = new TreeSet<>(days);
        LocalDate day = set.contains(today) ? today : today.minusDays(1);
        int run = 0;
        while (set.contains(day)) {
            run++;
            day = day.minusDays(1);
        }
        return run;
    }

    /** The longest run anywhere in the days given; days after {@code today} are not counted. */
    public static int longest(Collection<LocalDate> days, LocalDate today) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : new TreeSet<>(days).headSet(today, true)) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        return longest;
    }
}
