package com.lifeos.app.live;

import com.lifeos.store.eventstore.AfterBatchCommit;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Hooks every streaming processor: when a batch that a group applied has committed, each user's changed entities
 * are announced once — so a client that re-reads over REST sees what the update said. Replayed events announce
 * nothing: a replay rebuilds what people already saw.
 */
@Component
class LiveUpdates {

    private final LiveRelay relay;

    LiveUpdates(LiveRelay relay) {
        this.relay = relay;
    }

    @Autowired
    void register(EventProcessingConfigurer processing) {
        processing.registerDefaultHandlerInterceptor((config, processorName) -> interceptor(processorName));
    }

    MessageHandlerInterceptor<EventMessage<?>> interceptor(String group) {
        return (unitOfWork, chain) -> {
            EventMessage<?> event = unitOfWork.getMessage();
            if (!ReplayToken.isReplay(event)) {
                LiveFeeds.noticeFor(group, event)
                        .ifPresent(notice -> AfterBatchCommit.add(unitOfWork, "live-updates", notice, relay::publish));
            }
            return chain.proceed();
        };
    }
}
