package com.lifeos.projection.shared;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * Rows that events change by id. Ids are chosen by clients, and the log may hold an event that names another
 * person's id (written before ids were claimed, or stored around the edge): an event changes or deletes a row only
 * when the row is its own user's, so no event of one person reaches another's rows, live or in a replay. The
 * look-up goes by the primary key and the persistence context, like {@link NewRows}: no query, no flush.
 */
@NoRepositoryBean
public interface OwnedRows<T extends Owned, K> extends CrudRepository<T, K> {

    default Optional<T> findOwned(K id, UUID userId) {
        return findById(id).filter(row -> row.userId().equals(userId));
    }
}
