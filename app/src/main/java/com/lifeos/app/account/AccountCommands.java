package com.lifeos.app.account;

import java.util.UUID;

import com.lifeos.app.web.Commands;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends account commands and waits for them to be handled, as the account itself: the {@code userId}
 * metadata is the account's id even where no one is signed in yet (registration, password reset).
 * Called inside the caller's Spring transaction, so the events are appended together with the table
 * changes, or not at all. Unlike {@link Commands#send}, it does not wait for projections: inside an
 * open transaction they could not see the events before the timeout, and the account API reads its
 * own tables anyway.
 */
@Component
class AccountCommands {

    private final CommandGateway gateway;

    AccountCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    void send(UUID accountId, Object command) {
        gateway.sendAndWait(command, Commands.metaData(accountId));
    }
}
