package com.lifeos.api.account;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Notes that the person changed their name or avatar; the values stay out of the log. */
public record RecordAccountProfileUpdateCommand(@TargetAggregateIdentifier UUID userId) {
}
