package com.lifeos.app.account;

/** How a week start is accepted: a day's English name, in any case. */
final class WeekStart {

    static final String PATTERN = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";
    static final String MESSAGE = "must be a day of the week, MONDAY to SUNDAY";

    private WeekStart() {
    }
}
