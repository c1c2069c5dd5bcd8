package com.lifeos.app.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code lifeos.projection.dead_letters{group=...}} (Prometheus: {@code lifeos_projection_dead_letters}): how many
 * events each processing group has parked, read from the dead-letter table at each scrape. Registered once the
 * processors exist, one gauge per group, so a group without dead letters reads 0 rather than being absent.
 */
@Component
class DeadLetterGauges {

    static final String NAME = "lifeos.projection.dead_letters";

    private final MeterRegistry registry;
    private final EventProcessingConfiguration processing;
    private final DeadLetters deadLetters;

    DeadLetterGauges(MeterRegistry registry, EventProcessingConfiguration processing, DeadLetters deadLetters) {
        this.registry = registry;
        this.processing = processing;
        this.deadLetters = deadLetters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(processor -> processor.getName())
                .forEach(group -> Gauge.builder(NAME, deadLetters, letters -> letters.count(group))
                        .description("Events the processing group has parked in its dead-letter queue")
                        .tag("group", group)
                        .register(registry));
    }
}
