package com.lifeos.store.cache;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.lifeos.api.shared.Owned;
import com.lifeos.store.eventstore.AfterBatchCommit;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Drops a user's cached answers once any processing group has committed one of their events (other than those
 * declared {@link CacheNeutralEvents}), before the processor reports its new position (see
 * {@link AfterBatchCommit}), so a write's read-your-writes wait cannot end before the entries are dropped.
 * Replayed events drop them too: the rebuilt tables are what later answers must come from.
 */
@Component
class ReadModelInvalidation {

    private final ReadModelCache cache;
    private final Set<Class<?>> neutral;

    ReadModelInvalidation(ReadModelCache cache, List<CacheNeutralEvents> neutral) {
        this.cache = cache;
        this.neutral = neutral.stream().flatMap(events -> events.types().stream()).collect(Collectors.toSet());
    }

    @Autowired
    void register(EventProcessingConfigurer processing) {
        processing.registerDefaultHandlerInterceptor((config, processorName) -> interceptor());
    }

    private MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return (unitOfWork, chain) -> {
            Object payload = unitOfWork.getMessage().getPayload();
            if (neutral.contains(payload.getClass())) {
                return chain.proceed();
            }
            if (payload instanceof Owned owned && owned.userId() != null) {
                AfterBatchCommit.add(unitOfWork, "read-model-invalidation", owned.userId(), cache::invalidate);
            }
            return chain.proceed();
        };
    }
}
