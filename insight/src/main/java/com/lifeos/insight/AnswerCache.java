package com.lifeos.insight;

import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The application's per-user cache of read answers, dropped when a projection applies one of the user's events:
 * the insights' reads and their answers live in it like every dashboard and analytics read.
 */
public interface AnswerCache {

    /** The cached answer to {@code key}, or {@code read}'s, kept only when {@code keep} says so. */
    <R> R get(UUID userId, Object key, Class<R> type, Supplier<R> read, Predicate<? super R> keep);
}
