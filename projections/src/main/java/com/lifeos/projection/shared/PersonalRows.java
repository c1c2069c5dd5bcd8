package com.lifeos.projection.shared;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

/** Rows keyed by their owner's {@code userId}: forgetting a person deletes their rows, starting over deletes all. */
@NoRepositoryBean
public interface PersonalRows<T, K> extends JpaRepository<T, K>, PersonalTable {

    @Modifying
    @Query("delete from #{#entityName} r where r.userId = :userId")
    int deleteByUser(@Param("userId") UUID userId);

    @Override
    default void forget(UUID userId) {
        deleteByUser(userId);
    }

    @Override
    default void clear() {
        deleteAllInBatch();
    }
}
