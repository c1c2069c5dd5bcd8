package com.lifeos.command.shared;

import java.util.UUID;

import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Another person's entity is answered exactly like an unknown one, so ids cannot be probed:
 * the aggregate reports "not found" when the caller is not its owner.
 */
public final class Ownership {

    private Ownership() {
    }

    public static void requireOwner(UUID owner, UUID caller, Object aggregateId) {
        if (!owner.equals(caller)) {
            throw new AggregateNotFoundException(String.valueOf(aggregateId), "No such entity: " + aggregateId);
        }
    }
}
