package com.lifeos.projection.shared;

/**
 * An event's own place in the global order, for rows that record it. Not the processor's tracking token: Axon's
 * gap-aware token never moves back, so an event that committed after a later one (a gap filled in) is delivered with
 * the later event's index, and the same event gets its own index after a replay. The event table's
 * {@code global_index} is the one value both runs share; the insert reads it by the event's identifier (unique and
 * indexed), inside the same batched statement.
 */
public final class EventPositions {

    /** A value expression for an INSERT, bound to the event's identifier. */
    public static final String GLOBAL_INDEX_OF_EVENT =
            "(SELECT global_index FROM domain_event_entry WHERE event_identifier = ?)";

    private EventPositions() {
    }
}
