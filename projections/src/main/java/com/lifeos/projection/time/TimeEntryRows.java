package com.lifeos.projection.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import com.lifeos.projection.shared.PersonalRows;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TimeEntryRows extends PersonalRows<TimeEntryRow, UUID>, OwnedRows<TimeEntryRow, UUID>,
        NewRows<TimeEntryRow>, JpaSpecificationExecutor<TimeEntryRow> {

    Optional<TimeEntryRow> findByIdAndUserId(UUID id, UUID userId);

    /** The user's entries with times whose [start, end) intersects [from, to). */
    @Query("select t from TimeEntryRow t where t.userId = :userId and t.startTime < :to and t.endTime > :from "
            + "order by t.startTime, t.id")
    List<TimeEntryRow> findTimedBetween(@Param("userId") UUID userId, @Param("from") Instant from,
                                        @Param("to") Instant to);

    /** The user's entries without times dated from {@code from} to {@code to}. */
    @Query("select t from TimeEntryRow t where t.userId = :userId and t.startTime is null "
            + "and t.date >= :from and t.date <= :to order by t.date, t.id")
    List<TimeEntryRow> findUntimedBetween(@Param("userId") UUID userId, @Param("from") LocalDate from,
                                          @Param("to") LocalDate to);
}
