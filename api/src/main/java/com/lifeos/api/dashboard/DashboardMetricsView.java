package com.lifeos.api.dashboard;

import java.time.LocalDate;
import java.util.List;

/** The scores of every life area over a range, the overall life balance, and a productivity score per day. */
public record DashboardMetricsView(LocalDate from, LocalDate to, List<AreaScoreView> areas,
                                   AreaScoreView lifeBalance, List<DayProductivityView> productivity) {
}
