package com.lifeos.query.dashboard;

import static com.lifeos.query.dashboard.ScoreMath.clamp;
import static com.lifeos.query.dashboard.ScoreMath.inputs;
import static com.lifeos.query.dashboard.ScoreMath.score;
import static com.lifeos.query.dashboard.ScoreMath.whole;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.lifeos.api.dashboard.AreaScoreView;

/** How the area scores stand together: their balance, and the strongest and the weakest of them. */
public final class Balance {

    /**
     * Areas that must have a score before there is a balance between them, or a strongest and a weakest one: one
     * area alone is not a balance, and would be both at once.
     */
    public static final int MIN_SCORED_AREAS = 2;

    private Balance() {
    }

    /**
     * Balance rewards doing well everywhere rather than very well in one place: the mean of the areas that have a
     * score, less half their standard deviation, within 0 to 100; none with fewer than {@value #MIN_SCORED_AREAS}
     * scored areas.
     */
    public static AreaScoreView balance(List<AreaScoreView> areas) {
        List<Integer> scores = areas.stream().map(AreaScoreView::score).filter(Objects::nonNull).toList();
        String formula = "clamp(mean - stddev / 2, 0, 100) over the areas with a score, at least "
                + MIN_SCORED_AREAS;
        if (scores.size() < MIN_SCORED_AREAS) {
            return score("life_balance", null, inputs("areas_scored", scores.size()), formula);
        }
        double mean = scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double variance = scores.stream().mapToDouble(s -> (s - mean) * (s - mean)).sum() / scores.size();
        BigDecimal meanValue = BigDecimal.valueOf(mean).setScale(2, RoundingMode.HALF_UP);
        BigDecimal deviation = BigDecimal.valueOf(Math.sqrt(variance)).setScale(2, RoundingMode.HALF_UP);
        int value = clamp(whole(meanValue.subtract(deviation.divide(BigDecimal.TWO, MathContext.DECIMAL64))));
        return score("life_balance", value, inputs("areas_scored", scores.size(), "mean", meanValue,
                "stddev", deviation), formula);
    }

    /**
     * The area with the highest score (ties: the first listed); null with fewer than {@value #MIN_SCORED_AREAS}
     * scored areas or when they all score the same, since then none stands out.
     */
    public static String strongest(List<AreaScoreView> areas) {
        return standingOut(areas, Comparator.comparingInt(AreaScoreView::score).reversed());
    }

    /** The area with the lowest score (ties: the first listed); null exactly when {@link #strongest} is. */
    public static String weakest(List<AreaScoreView> areas) {
        return standingOut(areas, Comparator.comparingInt(AreaScoreView::score));
    }

    private static String standingOut(List<AreaScoreView> areas, Comparator<AreaScoreView> first) {
        List<AreaScoreView> scored = areas.stream().filter(area -> area.score() != null).toList();
        if (scored.size() < MIN_SCORED_AREAS
                || scored.stream().map(AreaScoreView::score).distinct().count() == 1) {
            return null;
        }
        // a stable sort keeps the listed order among equal scores
        return scored.stream().sorted(first).findFirst().map(AreaScoreView::area).orElseThrow();
    }
}
