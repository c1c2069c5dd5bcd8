package com.lifeos.app.account;

import java.util.UUID;

import com.lifeos.store.gateway.Commands;
import com.lifeos.identity.account.AccountCommands;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Account commands with the metadata of every command ({@link Commands#metaData}), but no wait for projections. */
@Component
class AccountCommandGateway implements AccountCommands {

    private final CommandGateway gateway;

    AccountCommandGateway(CommandGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void send(UUID accountId, Object command) {
        gateway.sendAndWait(command, Commands.metaData(accountId));
    }
}
