package com.lifeos.app.eventstore;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.UUID;

/**
 * Whose an event is: the {@code userId} every feature and account event carries (and every aggregate, for its
 * snapshot). Looked up once per class, because caches, live updates and sealing ask for every event.
 */
public final class EventOwners {

    private static final String OWNER = "userId";

    private static final ClassValue<MethodHandle> ACCESSORS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            try {
                if (type.isRecord()) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        if (component.getName().equals(OWNER) && component.getType() == UUID.class) {
                            component.getAccessor().setAccessible(true);
                            return MethodHandles.lookup().unreflect(component.getAccessor());
                        }
                    }
                    return null;
                }
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        if (field.getName().equals(OWNER) && field.getType() == UUID.class) {
                            field.setAccessible(true);
                            return MethodHandles.lookup().unreflectGetter(field);
                        }
                    }
                }
                return null;
            } catch (IllegalAccessException | RuntimeException e) {
                return null;
            }
        }
    };


    private EventOwners() {
    }

    public static Optional<UUID> of(Object payload) {
        MethodHandle accessor = payload == null ? null : ACCESSORS.get(payload.getClass());
        if (accessor == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((UUID) accessor.invoke(payload));
        } catch (Throwable e) {
            return Optional.empty();
        }
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
