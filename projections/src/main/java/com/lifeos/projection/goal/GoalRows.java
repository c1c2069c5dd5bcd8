package com.lifeos.projection.goal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalRows extends JpaRepository<GoalRow, UUID> {

    Optional<GoalRow> findByIdAndUserId(UUID id, UUID userId);
}
