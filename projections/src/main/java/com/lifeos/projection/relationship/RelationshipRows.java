package com.lifeos.projection.relationship;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RelationshipRows extends JpaRepository<RelationshipRow, UUID>,
        OwnedRows<RelationshipRow, UUID>, NewRows<RelationshipRow> {

    Optional<RelationshipRow> findByIdAndUserId(UUID id, UUID userId);

    List<RelationshipRow> findByUserId(UUID userId);

    List<RelationshipRow> findByUserIdAndRelationshipTypeIgnoreCase(UUID userId, String relationshipType);

    @Modifying
    @Query("delete from RelationshipRow r where r.userId = :userId")
    int deleteByUser(@Param("userId") UUID userId);
}
