package com.lifeos.query.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the activity feed as it was recorded: the event's kind (e.g. "HabitCheckedIn"), when it was recorded,
 * and what a sentence about it may name; each kind fills what it needs and leaves the rest null.
 *
 * @param zone the zone "today" was judged in when it was recorded (the new time zone, for a change of settings)
 */
record ActivityFact(String kind, Instant occurredAt, String title, String detail, String label, BigDecimal amount,
                    String currency, String unit, LocalDate date, String zone) {
}
