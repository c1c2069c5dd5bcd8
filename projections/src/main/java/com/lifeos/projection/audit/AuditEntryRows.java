package com.lifeos.projection.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEntryRows extends JpaRepository<AuditEntryRow, String> {

    @Query("""
            select a from AuditEntryRow a
            where a.ownerId = :ownerId
              and a.occurredAt >= :from
              and a.occurredAt < :to
              and (:type is null or a.type = :type)
              and (:entityId is null or a.entityId = :entityId)
            order by a.position desc""")
    Page<AuditEntryRow> timeline(@Param("ownerId") UUID ownerId, @Param("from") Instant from,
                                 @Param("to") Instant to, @Param("type") String type,
                                 @Param("entityId") String entityId, Pageable pageable);

    List<AuditEntryRow> findByEntityIdAndOwnerIdOrderByPositionAsc(String entityId, UUID ownerId);
}
