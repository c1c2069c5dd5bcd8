package com.lifeos.store.ids;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The entity_owner lookup table: which person holds each id, as which kind of entity. */
@Component
public class EntityOwners {

    private static final String CLAIM = "INSERT INTO entity_owner (entity_id, user_id, kind, parent_id) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private final JdbcTemplate jdbc;

    EntityOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the id in the caller's transaction, or confirms the caller already holds it for the same entity;
     * anything else is refused. A concurrent claim of the same id waits on the primary key until the first
     * transaction ends, so of two racing creates only one can hold the id, and a rolled-back create frees it.
     */
    void claim(Claim claim) {
        if (!claimIfFree(claim) && !holder(claim.id()).map(held -> held.allowsRepeatBy(claim)).orElse(false)) {
            throw new IdTakenException();
        }
    }

    /** Claims the id unless someone holds it already (the first creator in the log keeps it); tells whether it did. */
    boolean claimIfFree(Claim claim) {
        return jdbc.update(CLAIM, claim.id(), claim.userId(), claim.kind(), claim.parentId()) > 0;
    }

    /** Whether this person holds the id, whatever its kind. */
    public boolean isHeldBy(UUID id, UUID userId) {
        return holder(id).map(held -> held.userId().equals(userId)).orElse(false);
    }

    private Optional<Claim> holder(UUID id) {
        return jdbc.query("SELECT entity_id, user_id, kind, parent_id FROM entity_owner WHERE entity_id = ?",
                (rs, row) -> new Claim(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class)), id).stream().findFirst();
    }
}
