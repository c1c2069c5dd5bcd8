package com.lifeos.projection.shared;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The table of one kind of a person's own rows, as the projection writes it and the query side reads it. Reads
 * always name the owner: a row is found only by its owner, so an id of another person's answers nothing.
 * {@link NewRows} stays on each repository itself, where Spring Data finds its implementation.
 */
@NoRepositoryBean
public interface OwnedRowTable<T extends OwnedRow> extends PersonalRows<T, UUID>, OwnedRows<T, UUID>,
        JpaSpecificationExecutor<T> {

    Optional<T> findByIdAndUserId(UUID id, UUID userId);

    List<T> findByUserId(UUID userId);
}
