package com.lifeos.query.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import com.lifeos.api.dashboard.AreaScoreView;

/** The arithmetic every dashboard score shares: whole points rounded half up, within 0 to 100. */
final class ScoreMath {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoreMath() {
    }

    static AreaScoreView score(String area, Integer score, Map<String, Object> inputs, String formula) {
        return new AreaScoreView(area, score, inputs, formula);
    }

    static int percent(long part, long whole) {
        return whole(BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64));
    }

    static int whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    static int clamp(int value) {
        return Math.max(0, Math.min(100, value));
    }

    static Integer meanOf(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return whole(BigDecimal.valueOf(a + b).divide(BigDecimal.TWO, MathContext.DECIMAL64));
    }

    /** Inputs in the order given, so answers read the same on every run. */
    static Map<String, Object> inputs(Object... keysAndValues) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            inputs.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return inputs;
    }
}
