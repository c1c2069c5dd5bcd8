package com.lifeos.projection.shared;

/**
 * For repositories whose rows take their ids from the events. {@code existsById} followed by {@code save} costs two
 * look-ups and a flush per event ({@code existsById} is a query, and a query flushes the batch's pending writes;
 * {@code save} of an assigned id looks the row up again to decide between insert and merge). These go by the
 * persistence context and the primary key only, so a batch of events ends in one batched flush.
 */
public interface NewRows<T> {

    /** Adds a row the handler has just looked up and not found. */
    void insert(T row);

    /** Adds the row unless one with its id exists; answers whether it was added. */
    boolean insertIfAbsent(T row);
}
