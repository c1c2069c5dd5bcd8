package com.lifeos.query.habit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Parses the whitespace-separated date lists used in the test tables. */
final class TestDates {

    private TestDates() {
    }

    static List<LocalDate> dates(String isoDates) {
        if (isoDates == null || isoDates.isBlank()) {
            return List.of();
        }
        return Arrays.stream(isoDates.trim().split("\\s+")).map(LocalDate::parse).toList();
    }

    static LocalDate date(String isoDate) {
        return isoDate == null || isoDate.isBlank() ? null : LocalDate.parse(isoDate);
    }
}
