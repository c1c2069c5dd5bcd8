package com.lifeos.store.cache;

import java.util.Set;

/**
 * Event types that change no cached read, declared as a bean by the feature that owns them, so that applying
 * them does not drop the user's cached answers. Only for events no cached query can see: declaring one that a
 * cached read depends on would let that read go stale.
 */
public record CacheNeutralEvents(Set<Class<?>> types) {

    public CacheNeutralEvents {
        types = Set.copyOf(types);
    }
}
