package com.lifeos.projection.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRowTable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TimeEntryRows extends OwnedRowTable<TimeEntryRow>, NewRows<TimeEntryRow> {

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
