package com.lifeos.projection.habit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HabitRows extends JpaRepository<HabitRow, UUID> {

    Optional<HabitRow> findByIdAndUserId(UUID id, UUID userId);

    List<HabitRow> findByUserIdOrderByCreatedAtAscIdAsc(UUID userId);

    @Query("""
            select h from HabitRow h
            where h.userId = :userId
              and (:active is null or h.active = :active)
              and (:category is null or h.category = :category)
            order by h.createdAt, h.id""")
    Page<HabitRow> search(@Param("userId") UUID userId, @Param("active") Boolean active,
                          @Param("category") String category, Pageable pageable);
}
