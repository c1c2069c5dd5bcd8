package com.lifeos.store.ids;

import java.util.Objects;
import java.util.UUID;

/**
 * An id as one person's entity of one kind; a check-in or an interaction also names what it belongs to (its
 * habit or relationship), so the same id sent again for another parent is not a repeat.
 */
public record Claim(UUID id, UUID userId, String kind, UUID parentId) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
    }

    static Claim of(UUID id, UUID userId, String kind) {
        return new Claim(id, userId, kind, null);
    }

    /** A create naming this id again is a harmless repeat only when it is the same person's same entity. */
    boolean allowsRepeatBy(Claim repeat) {
        return userId.equals(repeat.userId) && kind.equals(repeat.kind) && Objects.equals(parentId, repeat.parentId);
    }
}
