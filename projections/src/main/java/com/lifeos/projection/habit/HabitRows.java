package com.lifeos.projection.habit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import com.lifeos.projection.shared.PersonalRows;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface HabitRows extends PersonalRows<HabitRow, UUID>, OwnedRows<HabitRow, UUID>,
        NewRows<HabitRow>, JpaSpecificationExecutor<HabitRow> {

    Optional<HabitRow> findByIdAndUserId(UUID id, UUID userId);

    List<HabitRow> findByUserIdOrderByCreatedAtAscIdAsc(UUID userId);
}
