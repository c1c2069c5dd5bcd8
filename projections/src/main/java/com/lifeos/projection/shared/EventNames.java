package com.lifeos.projection.shared;

/** How read models name an event's kind: "HabitCheckedInEvent" is "HabitCheckedIn"; the suffix is a code convention. */
public final class EventNames {

    private EventNames() {
    }

    public static String kindOf(Object payload) {
        String name = payload.getClass().getSimpleName();
        return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
    }
}
