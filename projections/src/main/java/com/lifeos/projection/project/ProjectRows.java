package com.lifeos.projection.project;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.api.project.ProjectPriority;
import com.lifeos.api.project.ProjectStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProjectRows extends JpaRepository<ProjectRow, UUID> {

    Optional<ProjectRow> findByIdAndUserId(UUID id, UUID userId);

    List<ProjectRow> findByUserId(UUID userId);

    @Query("""
            select p from ProjectRow p
            where p.userId = :userId
              and (:status is null or p.status = :status)
              and (:priority is null or p.priority = :priority)
              and (:goalId is null or p.goalId = :goalId)""")
    Page<ProjectRow> search(@Param("userId") UUID userId, @Param("status") ProjectStatus status,
                            @Param("priority") ProjectPriority priority, @Param("goalId") UUID goalId,
                            Pageable pageable);
}
