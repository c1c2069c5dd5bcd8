package com.lifeos.projection.habit;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import com.lifeos.projection.shared.PersonalRows;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CheckInRows extends PersonalRows<CheckInRow, UUID>, OwnedRows<CheckInRow, UUID>, NewRows<CheckInRow> {

    /** The dates a user's habits were checked in on, as (habit id, date) pairs, for the streak math. */
    @Query("select c.habitId, c.date from CheckInRow c where c.userId = :userId and c.habitId in :habitIds")
    List<Object[]> datesOf(@Param("userId") UUID userId, @Param("habitIds") Collection<UUID> habitIds);

    @Modifying
    @Query("delete from CheckInRow c where c.habitId = :habitId and c.userId = :userId")
    int deleteByHabit(@Param("habitId") UUID habitId, @Param("userId") UUID userId);
}
