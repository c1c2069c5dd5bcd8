package com.lifeos.app.cache;

import com.lifeos.app.eventstore.AfterBatchCommit;
import com.lifeos.app.eventstore.EventOwners;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Drops a user's cached answers once any processing group has committed one of their events, before the
 * processor reports its new position (see {@link AfterBatchCommit}), so a write's read-your-writes wait cannot
 * end before the entries are dropped. Replayed events
 * drop them too: the rebuilt tables are what later answers must come from.
 */
@Component
class ReadModelInvalidation {

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
            EventOwners.of(unitOfWork.getMessage().getPayload()).ifPresent(userId ->
                    AfterBatchCommit.add(unitOfWork, "read-model-invalidation", userId, cache::invalidate));
            return chain.proceed();
        };
    }
}
