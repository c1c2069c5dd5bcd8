package com.lifeos.api.account;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Forgets one of the person's own preferences. */
public record RemoveAccountSettingCommand(@TargetAggregateIdentifier UUID userId, String key) {

    public RemoveAccountSettingCommand {
        SetAccountSettingCommand.requireKey(key);
    }
}
