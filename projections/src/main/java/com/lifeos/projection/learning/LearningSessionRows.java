package com.lifeos.projection.learning;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRowTable;

public interface LearningSessionRows extends OwnedRowTable<LearningSessionRow>, NewRows<LearningSessionRow> {
}
