package com.lifeos.store.cache;

import java.util.UUID;

/**
 * Each user's read-model generation: bumped when a projection has applied one of their events. Cache keys carry
 * it, so an entry computed before a change can never be read after it — even one stored late by a read that
 * raced the change.
 */
interface Generations {

    long current(UUID userId);

    void bump(UUID userId);
}
