package com.lifeos.projection.project;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRowTable;

public interface ProjectRows extends OwnedRowTable<ProjectRow>, NewRows<ProjectRow> {
}
