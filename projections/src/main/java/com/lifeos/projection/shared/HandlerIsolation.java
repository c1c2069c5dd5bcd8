package com.lifeos.projection.shared;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.replay.ResetContext;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Makes a projection's failure belong to one event, so the dead-letter queue can park that event alone.
 * <p>
 * Projections write per batch: rows are flushed once, just before the batch commits. A row the database refuses
 * therefore fails the whole batch at commit — outside any handler, where Axon's dead-lettering cannot see which event
 * caused it — and on PostgreSQL a refused statement spoils the rest of the transaction anyway. So once a group's batch
 * has rolled back, its next batch runs each handler call in a transaction of its own, written before the call
 * returns: the failing event's handler throws, the dead-letter queue parks it (and, by its sequencing policy, the
 * later events of the same entity), and every other event of the batch is applied. The group then goes back to
 * batched writes. Handlers are idempotent, so a handler call committed before its batch's token is harmless when the
 * batch is run again. Retrying a dead letter works the same way, one handler call at a time.
 */
@Component
public class HandlerIsolation implements HandlerEnhancerDefinition {

    private static final String ISOLATED = HandlerIsolation.class.getName() + ".isolated";
    private static final TransactionDefinition OWN_TRANSACTION =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    private final Set<String> isolating = ConcurrentHashMap.newKeySet();
    private final ObjectProvider<PlatformTransactionManager> transactions;
    private final ObjectProvider<RowAppends> appends;

    HandlerIsolation(ObjectProvider<PlatformTransactionManager> transactions, ObjectProvider<RowAppends> appends) {
        this.transactions = transactions;
        this.appends = appends;
    }

    @Autowired
    void isolateAfterFailedBatches(EventProcessingConfigurer processing) {
        processing.registerDefaultHandlerInterceptor((config, processorName) -> batchWatch(processorName));
    }

    /** Whether the group's current batches run one handler call per transaction (after one of its batches failed). */
    public boolean isIsolating(String processorName) {
        return isolating.contains(processorName);
    }

    private MessageHandlerInterceptor<EventMessage<?>> batchWatch(String processorName) {
        return (unitOfWork, chain) -> {
            UnitOfWork<?> batch = unitOfWork.root();
            batch.getOrComputeResource(ISOLATED, key -> {
                boolean isolate = isolating.contains(processorName);
                batch.onRollback(u -> isolating.add(processorName));
                if (isolate) {
                    batch.afterCommit(u -> isolating.remove(processorName));
                }
                return isolate;
            });
            return chain.proceed();
        };
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class) || !original.hasAnnotation(EventHandler.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!isolated(message)) {
                    return super.handle(message, target);
                }
                return inOwnTransaction(() -> super.handle(message, target));
            }
        };
    }

    private static boolean isolated(Message<?> message) {
        if (message instanceof ResetContext<?> || !CurrentUnitOfWork.isStarted()) {
            return false;
        }
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        return current.resources().containsKey(DeadLetter.class.getName())
                || Boolean.TRUE.equals(current.root().getResource(ISOLATED));
    }

    private Object inOwnTransaction(HandlerCall call) throws Exception {
        PlatformTransactionManager manager = transactions.getObject();
        TransactionStatus transaction = manager.getTransaction(OWN_TRANSACTION);
        Object result;
        try {
            result = call.run();
            appends.getObject().flush();
        } catch (Exception | Error e) {
            manager.rollback(transaction);
            throw e;
        }
        manager.commit(transaction);
        return result;
    }

    @FunctionalInterface
    private interface HandlerCall {
        Object run() throws Exception;
    }
}
