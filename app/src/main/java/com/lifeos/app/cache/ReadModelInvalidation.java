package com.lifeos.app.cache;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import com.lifeos.app.eventstore.EventOwners;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Drops a user's cached answers once any processing group has committed one of their events. It runs in the
 * batch's after-commit step, which Axon runs before the processor reports its new position, so a write's
 * read-your-writes wait (which watches that position) cannot end before the entries are dropped. Replayed events
 * drop them too: the rebuilt tables are what later answers must come from.
 */
@Component
class ReadModelInvalidation {

    private static final String PENDING = ReadModelInvalidation.class.getName() + ".pending";

    private final ReadModelCache cache;

    ReadModelInvalidation(ReadModelCache cache) {
        this.cache = cache;
    }

    @Autowired
    void register(EventProcessingConfigurer processing) {
        processing.registerDefaultHandlerInterceptor((config, processorName) -> interceptor());
    }

    private MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return (unitOfWork, chain) -> {
            EventOwners.of(unitOfWork.getMessage().getPayload()).ifPresent(userId -> {
                Set<UUID> users = unitOfWork.root().getOrComputeResource(PENDING, key -> {
                    Set<UUID> pending = new LinkedHashSet<>();
                    unitOfWork.root().afterCommit(u -> pending.forEach(cache::invalidate));
                    return pending;
                });
                users.add(userId);
            });
            return chain.proceed();
        };
    }
}
