package com.lifeos.projection.goal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import com.lifeos.projection.shared.PersonalRows;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface GoalRows extends PersonalRows<GoalRow, UUID>, OwnedRows<GoalRow, UUID>,
        NewRows<GoalRow>, JpaSpecificationExecutor<GoalRow> {

    Optional<GoalRow> findByIdAndUserId(UUID id, UUID userId);

    List<GoalRow> findByUserId(UUID userId);
}
