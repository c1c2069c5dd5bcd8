package com.lifeos.store.eventstore;

/** The metadata keys every message carries, copied from a command onto the events it causes. */
public final class EventMetaData {

    public static final String USER_ID = "userId";
    public static final String REQUEST_ID = "requestId";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private EventMetaData() {
    }
}
