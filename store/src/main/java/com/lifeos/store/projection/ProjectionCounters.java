package com.lifeos.store.projection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.monitoring.MessageMonitor;
import org.springframework.stereotype.Component;

/**
 * Two counters per processing group, tagged {@code group} (a rate is Prometheus's job):
 * <ul>
 *   <li>{@value #HANDLED} ({@code lifeos_projection_events_handled_total}): events the group's handlers were given,
 *   whether they applied them or the event was parked; events the group has no handler for are not counted;</li>
 *   <li>{@value #ERRORS} ({@code lifeos_projection_handler_errors_total}): handler failures, each one once — an event
 *   parked in the dead-letter queue, a failed retry of a parked one, or a failure the processor itself met (it then
 *   retries the batch, and counts again if it fails again).</li>
 * </ul>
 * Axon's dead-letter invoker catches a handler's failure and parks the event, so the processor's monitor reports it
 * as handled: failures are counted where the dead-letter policy decides about them ({@link #countingFailures}).
 * <p>
 * Hand-written rather than Axon's {@code axon-micrometer}: that module times every message on every bus and processor
 * and looks its meters up per message, tags groups {@code processorName}, never sees parked failures, and has no lag or
 * replay progress at all (those are the gauges in ProjectionGauges). Here each event costs one counter increment
 * on a meter looked up once per group.
 */
@Component
public class ProjectionCounters implements ConfigurerModule {

    public static final String HANDLED = "lifeos.projection.events.handled";
    public static final String ERRORS = "lifeos.projection.handler.errors";

    private final MeterRegistry registry;
    private final Map<String, GroupCounters> groups = new ConcurrentHashMap<>();

    public ProjectionCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Every event processor reports its events to its group's counters. */
    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureMessageMonitor(EventProcessor.class,
                (configuration, componentType, group) -> monitor(group));
    }

    /** The dead-letter policy of the group, counting each failure it is asked about. */
    public EnqueuePolicy<EventMessage<?>> countingFailures(String group, EnqueuePolicy<EventMessage<?>> policy) {
        GroupCounters counters = of(group);
        return (letter, cause) -> {
            counters.errors.increment();
            return policy.decide(letter, cause);
        };
    }

    private MessageMonitor<Message<?>> monitor(String group) {
        GroupCounters counters = of(group);
        MessageMonitor.MonitorCallback callback = new MessageMonitor.MonitorCallback() {
            @Override
            public void reportSuccess() {
                counters.handled.increment();
            }

            @Override
            public void reportFailure(Throwable cause) {
                counters.handled.increment();
                counters.errors.increment();
            }

            @Override
            public void reportIgnored() {
                // an event the group has no handler for
            }
        };
        return message -> callback;
    }

    private GroupCounters of(String group) {
        return groups.computeIfAbsent(group, name -> new GroupCounters(
                Counter.builder(HANDLED).description("Events the processing group's handlers were given")
                        .tag("group", name).register(registry),
                Counter.builder(ERRORS).description("Failures of the processing group's handlers")
                        .tag("group", name).register(registry)));
    }

    private record GroupCounters(Counter handled, Counter errors) {
    }
}
