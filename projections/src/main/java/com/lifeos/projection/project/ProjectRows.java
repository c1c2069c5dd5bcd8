package com.lifeos.projection.project;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ProjectRows extends JpaRepository<ProjectRow, UUID>, JpaSpecificationExecutor<ProjectRow> {

    Optional<ProjectRow> findByIdAndUserId(UUID id, UUID userId);

    List<ProjectRow> findByUserId(UUID userId);
}
