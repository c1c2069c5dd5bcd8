package com.lifeos.projection.ai;

import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.OwnedRows;
import com.lifeos.projection.shared.PersonalRows;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SuggestionRows extends PersonalRows<SuggestionRow, UUID>, OwnedRows<SuggestionRow, UUID> {

    @Query("select r from SuggestionRow r where r.userId = :userId and r.acceptedAt is not null "
            + "order by r.acceptedAt desc, r.id")
    List<SuggestionRow> findAccepted(@Param("userId") UUID userId, Pageable page);
}
