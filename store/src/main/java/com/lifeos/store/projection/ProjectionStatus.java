package com.lifeos.store.projection;

/**
 * One processing group as operators see it: {@code position} is the last event it has applied,
 * {@code head} the newest event in the store, {@code progress} the share of a running replay done (100 when none),
 * {@code deadLetters} the events it has parked because its handlers failed on them.
 */
public record ProjectionStatus(String name, String status, long position, long head, long lag, boolean replaying,
                               int progress, long deadLetters) {
}
