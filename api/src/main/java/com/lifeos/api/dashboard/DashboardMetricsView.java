package com.lifeos.api.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The scores of every life area over a range, the overall life balance, the strongest and weakest area, and a
 * productivity score per day. An area's score is null when it has nothing to judge; the balance's score and the
 * strongest and weakest area are null until at least two areas have a score (and the latter two also while every
 * scored area scores the same).
 */
public record DashboardMetricsView(LocalDate from, LocalDate to, List<AreaScoreView> areas,
                                   AreaScoreView lifeBalance, String strongestArea, String weakestArea,
                                   List<DayProductivityView> productivity) {
}
