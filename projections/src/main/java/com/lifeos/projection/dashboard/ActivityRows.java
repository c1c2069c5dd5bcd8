package com.lifeos.projection.dashboard;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityRows extends JpaRepository<ActivityRow, String> {

    @Query("select a from ActivityRow a where a.userId = :userId order by a.occurredAt desc, a.eventPosition desc")
    List<ActivityRow> findLatest(@Param("userId") UUID userId, Pageable limit);

    @Modifying
    @Query("delete from ActivityRow a where a.userId = :userId")
    int deleteByUser(@Param("userId") UUID userId);
}
