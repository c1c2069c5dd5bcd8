package com.lifeos.projection.dashboard;

import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import com.lifeos.projection.shared.PersonalRows;

public interface SubjectRows extends PersonalRows<SubjectRow, UUID>, OwnedRows<SubjectRow, UUID>, NewRows<SubjectRow> {

    List<SubjectRow> findByUserId(UUID userId);
}
