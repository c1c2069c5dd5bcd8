package com.lifeos.projection.project;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import com.lifeos.projection.shared.PersonalRows;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ProjectRows extends PersonalRows<ProjectRow, UUID>, OwnedRows<ProjectRow, UUID>,
        NewRows<ProjectRow>, JpaSpecificationExecutor<ProjectRow> {

    Optional<ProjectRow> findByIdAndUserId(UUID id, UUID userId);

    List<ProjectRow> findByUserId(UUID userId);
}
