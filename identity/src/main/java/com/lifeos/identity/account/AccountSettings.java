package com.lifeos.identity.account;

import java.time.DayOfWeek;
import java.time.ZoneId;

/** The calendar an account's days and weeks are judged in. */
public record AccountSettings(ZoneId zone, DayOfWeek weekStart) {
}
