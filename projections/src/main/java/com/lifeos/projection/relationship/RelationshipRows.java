package com.lifeos.projection.relationship;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import com.lifeos.projection.shared.PersonalRows;

public interface RelationshipRows extends PersonalRows<RelationshipRow, UUID>,
        OwnedRows<RelationshipRow, UUID>, NewRows<RelationshipRow> {

    Optional<RelationshipRow> findByIdAndUserId(UUID id, UUID userId);

    List<RelationshipRow> findByUserId(UUID userId);

    List<RelationshipRow> findByUserIdAndRelationshipTypeIgnoreCase(UUID userId, String relationshipType);
}
