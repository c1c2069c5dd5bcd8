package com.lifeos.projection.relationship;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import com.lifeos.projection.shared.PersonalRows;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InteractionRows extends PersonalRows<InteractionRow, UUID>,
        OwnedRows<InteractionRow, UUID>, NewRows<InteractionRow> {

    Optional<InteractionRow> findByIdAndRelationshipIdAndUserId(UUID id, UUID relationshipId, UUID userId);

    List<InteractionRow> findByRelationshipIdAndUserIdOrderByDateDescRecordedAtDescIdDesc(UUID relationshipId,
                                                                                          UUID userId);

    @Modifying
    @Query("delete from InteractionRow i where i.relationshipId = :relationshipId and i.userId = :userId")
    int deleteByRelationship(@Param("relationshipId") UUID relationshipId, @Param("userId") UUID userId);
}
