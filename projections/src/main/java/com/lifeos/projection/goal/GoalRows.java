package com.lifeos.projection.goal;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRowTable;

public interface GoalRows extends OwnedRowTable<GoalRow>, NewRows<GoalRow> {
}
