package com.lifeos.api.audit;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The event types the timeline knows, sorted, as its entries name them ({@code HabitCheckedIn}), each with the
 * name of the class its payload is the JSON of.
 */
public record EventTypesView(SortedMap<String, String> classNames) {

    public EventTypesView {
        classNames = Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(classNames)));
    }
}
