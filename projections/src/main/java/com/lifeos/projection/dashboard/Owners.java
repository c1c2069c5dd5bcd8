package com.lifeos.projection.dashboard;

import java.lang.reflect.RecordComponent;
import java.util.UUID;

/** Whose fact an event is: every event of a person's own carries their id in a {@code userId} component. */
final class Owners {

    private Owners() {
    }

    static UUID of(Object payload) {
        if (!(payload instanceof Record record)) {
            return null;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals("userId") && component.getType() == UUID.class) {
                try {
                    return (UUID) component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read the owner of " + record.getClass().getName(), e);
                }
            }
        }
        return null;
    }
}
