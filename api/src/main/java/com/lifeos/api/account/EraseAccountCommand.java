package com.lifeos.api.account;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends the account for good, at its owner's request; the app has already checked their password. */
public record EraseAccountCommand(@TargetAggregateIdentifier UUID userId) {
}
