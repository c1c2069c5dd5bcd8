package com.lifeos.projection.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AuditEntryRows extends JpaRepository<AuditEntryRow, String>, JpaSpecificationExecutor<AuditEntryRow> {


    List<AuditEntryRow> findByEntityIdAndOwnerIdOrderByPositionAsc(String entityId, UUID ownerId);
}
