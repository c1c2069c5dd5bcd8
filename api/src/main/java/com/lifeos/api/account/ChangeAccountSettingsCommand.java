package com.lifeos.api.account;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the time zone and week start the account's days and weeks are judged in. */
public record ChangeAccountSettingsCommand(@TargetAggregateIdentifier UUID userId, ZoneId timezone,
                                           DayOfWeek weekStart) {
}
