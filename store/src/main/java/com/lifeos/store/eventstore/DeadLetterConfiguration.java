package com.lifeos.store.eventstore;

import java.util.Arrays;
import java.util.Objects;

import com.lifeos.store.projection.ProjectionCounters;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every processing group parks what it cannot apply in its own sequenced dead-letter queue, Axon's
 * {@link JdbcSequencedDeadLetterQueue} on the {@code dead_letter_entry} table, and goes on for everyone else.
 * <p>
 * Sequences follow the processors' sequencing policy, Axon's default {@code SequentialPerAggregatePolicy}: the
 * aggregate id, so a parked event holds back the later events of the same entity only (they keep their order).
 * The policy parks at once — never a retry loop that would stall the group — and records what failed in words
 * that cannot quote the event ({@link Failures}) and how many times it was tried. Each decision counts as a handler
 * error of the group ({@link ProjectionCounters}).
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    static final String ATTEMPTS = "attempts";

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /**
     * A module, ordered last, because Axon's Spring Boot auto-configuration registers a queue provider of its own
     * (one that answers "no queue" for every group not listed under {@code axon.eventhandling.processors.*.dlq}).
     * <p>
     * Each event asks the queue whether its entity already has parked events; the sequence identifier cache answers
     * that from memory while the queue is empty (nearly always), instead of one query per event and group — which
     * would dominate a replay.
     * <p>
     * Retrying a dead letter runs without a surrounding transaction: each handler call then commits or rolls back
     * on its own (see {@code HandlerIsolation}), so a failed retry cannot spoil the transaction that claims, requeues
     * or evicts the letter.
     */
    @Bean
    ConfigurerModule deadLetterQueuePerGroup(ListableBeanFactory beans, ConnectionProvider connections,
                                             TransactionManager transactions, DeadLetterSchema schema,
                                             Serializer serializer,
                                             @Qualifier("eventSerializer") Serializer eventSerializer,
                                             ProjectionCounters counters) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(org.axonframework.config.Configurer configurer) {
                var processing = configurer.eventProcessing();
                processing.registerDeadLetterQueueProvider(group -> config -> JdbcSequencedDeadLetterQueue
                                .<EventMessage<?>>builder()
                                .processingGroup(group)
                                .connectionProvider(connections)
                                .transactionManager(transactions)
                                .schema(schema)
                                .genericSerializer(serializer)
                                .eventSerializer(eventSerializer)
                                .build())
                        .registerDefaultDeadLetterPolicy(config -> parkAtOnce());
                processingGroups(beans).forEach(group -> processing
                        .registerDeadLetterPolicy(group, config -> counters.countingFailures(group, parkAtOnce()))
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (config, invoker) -> invoker.transactionManager(NoTransactionManager.INSTANCE)
                                        .enableSequenceIdentifierCache()));
            }

            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }

    static EnqueuePolicy<EventMessage<?>> parkAtOnce() {
        return (letter, cause) -> {
            Object tried = letter.diagnostics().get(ATTEMPTS);
            int attempts = tried instanceof Number number ? number.intValue() + 1 : 1;
            return Decisions.enqueue(Failures.describe(cause),
                                     parked -> parked.diagnostics().and(ATTEMPTS, attempts));
        };
    }

    private static java.util.List<String> processingGroups(ListableBeanFactory beans) {
        return Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(name -> beans.findAnnotationOnBean(name, ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .distinct()
                .toList();
    }
}
