package com.lifeos.app.eventstore;

import java.util.Optional;
import java.util.UUID;

/** Whose an event is: the {@code userId} every feature and account event carries. */
public final class EventOwners {

    private EventOwners() {
    }

    public static Optional<UUID> of(Object payload) {
        return component(payload, "userId");
    }

    /** A UUID component of an event record, by name. */
    public static Optional<UUID> component(Object payload, String name) {
        if (!(payload instanceof Record record)) {
            return Optional.empty();
        }
        for (var component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(record) instanceof UUID id ? Optional.of(id) : Optional.empty();
                } catch (ReflectiveOperationException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
