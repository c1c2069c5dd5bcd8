package com.lifeos.projection.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEntryRows extends JpaRepository<AuditEntryRow, String>, JpaSpecificationExecutor<AuditEntryRow> {

    List<AuditEntryRow> findByEntityIdAndOwnerIdOrderByPositionAsc(String entityId, UUID ownerId);

    /** Every event about the owner's data, grouped by entity (none first), oldest first within each entity. */
    @Query("""
            select e from AuditEntryRow e where e.ownerId = :ownerId
            order by coalesce(e.entityId, ''), e.position, e.eventId""")
    List<AuditEntryRow> findOwnEvents(@Param("ownerId") UUID ownerId, Pageable page);
}
