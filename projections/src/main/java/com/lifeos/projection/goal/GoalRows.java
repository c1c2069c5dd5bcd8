package com.lifeos.projection.goal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.api.goal.GoalPriority;
import com.lifeos.api.goal.GoalStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GoalRows extends JpaRepository<GoalRow, UUID> {

    Optional<GoalRow> findByIdAndUserId(UUID id, UUID userId);

    List<GoalRow> findByUserId(UUID userId);

    @Query("""
            select g from GoalRow g
            where g.userId = :userId
              and (:status is null or g.status = :status)
              and (:category is null or g.category = :category)
              and (:priority is null or g.priority = :priority)""")
    Page<GoalRow> search(@Param("userId") UUID userId, @Param("status") GoalStatus status,
                         @Param("category") String category, @Param("priority") GoalPriority priority,
                         Pageable pageable);
}
