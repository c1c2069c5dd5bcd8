package com.lifeos.app.crypto;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.UUID;

/**
 * Whose personal text an object holds: its {@code userId} — a component of every event record, a field of every
 * aggregate (snapshots). Looked up once per class, because serializing and replaying ask for every event.
 */
final class TextOwners {

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

    private TextOwners() {
    }

    /** The owner's id, or null when the object names none. */
    static UUID of(Object value) {
        MethodHandle accessor = value == null ? null : ACCESSORS.get(value.getClass());
        if (accessor == null) {
            return null;
        }
        try {
            return (UUID) accessor.invoke(value);
        } catch (Throwable e) {
            return null;
        }
    }
}
