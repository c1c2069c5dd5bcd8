package com.lifeos.app.web;

import java.util.UUID;

import com.lifeos.app.eventstore.ProjectionWatermark;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * How controllers change things: send a command on behalf of the acting user, with the metadata
 * every event must carry, and return only once the projections reflect it (read-your-writes).
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final ProjectionWatermark watermark;

    Commands(CommandGateway gateway, ProjectionWatermark watermark) {
        this.gateway = gateway;
        this.watermark = watermark;
    }

    /** Sends the command, waits for it to be handled and for every live projection to catch up with it. */
    public <R> R send(UUID actingUser, Object aggregateId, Object command) {
        R result = gateway.sendAndWait(command, metaData(actingUser));
        watermark.awaitAggregate(aggregateId.toString());
        return result;
    }

    public static MetaData metaData(UUID actingUser) {
        MetaData metaData = MetaData.with("userId", actingUser.toString());
        String requestId = MDC.get(RequestIds.MDC_KEY);
        return requestId == null ? metaData : metaData.and("requestId", requestId);
    }
}
