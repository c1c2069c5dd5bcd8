package com.lifeos.projection.relationship;

import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRowTable;

public interface RelationshipRows extends OwnedRowTable<RelationshipRow>, NewRows<RelationshipRow> {

    List<RelationshipRow> findByUserIdAndRelationshipTypeIgnoreCase(UUID userId, String relationshipType);
}
