package com.lifeos.store.eventstore;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Work a processor's handler interceptor wants done once the batch it is part of has committed, each item once
 * however many events of the batch asked for it. Axon runs after-commit steps in reverse order of registration,
 * so these run before the processor reports its new position — before a read-your-writes wait can end.
 */
public final class AfterBatchCommit {

    private AfterBatchCommit() {
    }

    public static <T> void add(UnitOfWork<?> unitOfWork, String purpose, T item, Consumer<T> work) {
        Set<T> pending = unitOfWork.root().getOrComputeResource(AfterBatchCommit.class.getName() + "." + purpose,
                key -> {
                    Set<T> items = new LinkedHashSet<>();
                    unitOfWork.root().afterCommit(u -> items.forEach(work));
                    return items;
                });
        pending.add(item);
    }
}
