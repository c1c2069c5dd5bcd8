package com.lifeos.store.gateway;

import java.util.List;
import java.util.UUID;

import com.lifeos.store.eventstore.EventMetaData;
import com.lifeos.store.eventstore.ProjectionWatermark;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the edge and the modules change things: send a command on behalf of the acting user, with the metadata
 * every event must carry, and return only once the projections reflect it (read-your-writes).
 */
@Component
public class Commands {

    /** The log-context key under which the edge puts the id of the request being served. */
    public static final String REQUEST_ID_LOG_KEY = "requestId";

    private final CommandGateway gateway;
    private final EventGateway events;
    private final ProjectionWatermark watermark;
    private final TransactionTemplate transaction;

    Commands(CommandGateway gateway, EventGateway events, ProjectionWatermark watermark,
             PlatformTransactionManager transactions) {
        this.gateway = gateway;
        this.events = events;
        this.watermark = watermark;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Records a fact that belongs to no aggregate (an auditor's read, say), with the same metadata and wait. */
    public void publish(UUID actingUser, Object event) {
        watermark.writeThenAwait(() -> {
            events.publish(GenericEventMessage.asEventMessage(event).andMetaData(metaData(actingUser)));
            return null;
        });
    }

    /** Sends the command, waits for it to be handled and for the live projections to apply what it caused. */
    public <R> R send(UUID actingUser, Object command) {
        return watermark.writeThenAwait(() -> gateway.sendAndWait(command, metaData(actingUser)));
    }

    /**
     * Sends the commands one after another in a single database transaction, so the events of all of them are
     * stored or, when any command fails, none are (an import is all or nothing); the failure is rethrown. Each
     * command's unit of work joins the transaction, and the wait for the projections starts after its commit.
     */
    public void sendAll(UUID actingUser, List<?> commands) {
        MetaData metaData = metaData(actingUser);
        watermark.writeThenAwait(() -> transaction.execute(status -> {
            commands.forEach(command -> gateway.sendAndWait(command, metaData));
            return null;
        }));
    }

    public static MetaData metaData(UUID actingUser) {
        MetaData metaData = MetaData.with(EventMetaData.USER_ID, actingUser.toString());
        String requestId = MDC.get(REQUEST_ID_LOG_KEY);
        return requestId == null ? metaData : metaData.and(EventMetaData.REQUEST_ID, requestId);
    }
}
