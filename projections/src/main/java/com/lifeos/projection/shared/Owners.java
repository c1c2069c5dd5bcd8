package com.lifeos.projection.shared;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.UUID;

/** Whose fact an event is: every event of a person's own carries their id in a {@code userId} component. */
public final class Owners {

    /** The accessor of each event class's owner, looked up once per class: projections ask for every event. */
    private static final ClassValue<MethodHandle> OWNER = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals("userId") && component.getType() == UUID.class) {
                    try {
                        return MethodHandles.publicLookup().unreflect(component.getAccessor());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("cannot read the owner of " + type.getName(), e);
                    }
                }
            }
            return null;
        }
    };

    private Owners() {
    }

    public static UUID of(Object payload) {
        MethodHandle owner = payload == null ? null : OWNER.get(payload.getClass());
        if (owner == null) {
            return null;
        }
        try {
            return (UUID) owner.invoke(payload);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read the owner of " + payload.getClass().getName(), e);
        }
    }
}
