package com.lifeos.projection.dashboard;

import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.PersonalRows;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityRows extends PersonalRows<ActivityRow, String> {

    @Query("select a from ActivityRow a where a.userId = :userId order by a.occurredAt desc, a.eventPosition desc")
    List<ActivityRow> findLatest(@Param("userId") UUID userId, Pageable limit);
}
