package com.lifeos.identity.account;

import java.util.UUID;

import com.lifeos.store.gateway.Commands;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends account commands and waits for them to be handled, as the account itself: the acting user is the account's
 * id even where no one is signed in yet (registration, password reset). Called inside the caller's Spring
 * transaction, so the events are appended together with the table changes, or not at all; it does not wait for
 * projections, which inside an open transaction could not see the events before a timeout, and the account API reads
 * its own tables anyway. The metadata is that of every command ({@link Commands#metaData}).
 */
@Component
public class AccountCommands {

    private final CommandGateway gateway;

    AccountCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public void send(UUID accountId, Object command) {
        gateway.sendAndWait(command, Commands.metaData(accountId));
    }
}
