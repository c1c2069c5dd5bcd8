package com.lifeos.api.account;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Notes that the account's password was replaced through a reset link. */
public record RecordPasswordResetCommand(@TargetAggregateIdentifier UUID userId) {
}
