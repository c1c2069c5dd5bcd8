package com.lifeos.projection.habit;

import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRowTable;

public interface HabitRows extends OwnedRowTable<HabitRow>, NewRows<HabitRow> {

    List<HabitRow> findByUserIdOrderByCreatedAtAscIdAsc(UUID userId);
}
