package com.lifeos.projection.learning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import com.lifeos.projection.shared.PersonalRows;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface LearningSessionRows extends PersonalRows<LearningSessionRow, UUID>,
        OwnedRows<LearningSessionRow, UUID>,
        NewRows<LearningSessionRow>,
        JpaSpecificationExecutor<LearningSessionRow> {

    Optional<LearningSessionRow> findByIdAndUserId(UUID id, UUID userId);

    List<LearningSessionRow> findByUserId(UUID userId);
}
