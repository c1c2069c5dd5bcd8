package com.lifeos.projection.habit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface HabitRows extends JpaRepository<HabitRow, UUID>, JpaSpecificationExecutor<HabitRow> {

    Optional<HabitRow> findByIdAndUserId(UUID id, UUID userId);

    List<HabitRow> findByUserIdOrderByCreatedAtAscIdAsc(UUID userId);

}
