package com.lifeos.app.account;

import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends account commands and waits for them, as the account itself: the {@code userId} metadata is the
 * account's id even where no one is signed in yet (registration, password reset). Called inside the
 * caller's Spring transaction, so the events are appended together with the table changes, or not at all.
 */
@Component
class AccountCommands {

    /** The metadata key every LifeOS message carries for the acting user (see the event store configuration). */
    static final String USER_ID = "userId";

    private final CommandGateway gateway;

    AccountCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    void send(UUID accountId, Object command) {
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(USER_ID, accountId.toString())));
    }
}
