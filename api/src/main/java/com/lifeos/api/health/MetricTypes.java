package com.lifeos.api.health;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The catalog of metric types the system understands. {@code metric_type} is free text, but for a known type
 * the unit must be one the type is measured in (omitted, it is the type's default) and the value must be
 * plausible for that unit; any other type takes any value with two decimals and a free unit. Both the edge
 * (to name the field in a 400) and the aggregate (to keep the rule whoever sends the command) ask it.
 */
public final class MetricTypes {

    public static final int TYPE_MAX = 50;
    public static final int UNIT_MAX = 20;
    public static final String WEIGHT = "weight";
    public static final String KILOGRAMS = "kg";
    public static final String POUNDS = "lb";
    /** Exact by definition (international avoirdupois pound). */
    public static final BigDecimal KILOGRAMS_PER_POUND = new BigDecimal("0.45359237");
    /** What DECIMAL(10,2) holds: eight digits before the point. */
    public static final BigDecimal LARGEST_VALUE = new BigDecimal("99999999.99");

    private static final Pattern TYPE = Pattern.compile("[a-z0-9_]{1," + TYPE_MAX + "}");

    /** One unit a known type is measured in, with the plausible range of values in it. */
    private record Scale(String unit, BigDecimal min, BigDecimal max, boolean whole) {

        static Scale of(String unit, String min, String max, boolean whole) {
            return new Scale(unit, new BigDecimal(min), new BigDecimal(max), whole);
        }
    }

    /** A known type: its units (the first is the default) and which end of its readings is the best. */
    private record Known(List<Scale> scales, PersonalBest best) {
    }

    private static final Map<String, Known> KNOWN = Map.of(
            WEIGHT, new Known(List.of(Scale.of(KILOGRAMS, "1", "500", false), Scale.of(POUNDS, "2", "1100", false)),
                    PersonalBest.NONE),
            "sleep", new Known(List.of(Scale.of("hours", "0", "24", false)), PersonalBest.HIGHEST),
            "steps", new Known(List.of(Scale.of("count", "0", "200000", true)), PersonalBest.HIGHEST),
            "heart_rate", new Known(List.of(Scale.of("bpm", "20", "250", false)), PersonalBest.LOWEST),
            "blood_pressure_systolic", new Known(List.of(Scale.of("mmHg", "50", "260", false)), PersonalBest.NONE),
            "blood_pressure_diastolic", new Known(List.of(Scale.of("mmHg", "30", "160", false)), PersonalBest.NONE),
            "water", new Known(List.of(Scale.of("ml", "0", "10000", false)), PersonalBest.HIGHEST),
            "mood", new Known(List.of(Scale.of("score", "1", "10", true)), PersonalBest.HIGHEST));

    private MetricTypes() {
    }

    /** The type as stored: without surrounding spaces, in lower case; a 400 on {@code metric_type} otherwise. */
    public static String normalise(String metricType) {
        String type = metricType == null ? "" : metricType.strip().toLowerCase(Locale.ROOT);
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("metric_type must be 1 to " + TYPE_MAX
                    + " letters, digits or underscores");
        }
        return type;
    }

    public static boolean isKnown(String metricType) {
        return KNOWN.containsKey(metricType);
    }

    /**
     * The unit a reading is kept in: the one given (spelt as the catalog spells it, whatever its case); when none
     * is given, the current one if the type accepts it (a change of type keeps a unit that still fits), else the
     * type's default (none for an unknown type without a current unit).
     */
    public static String unitFor(String metricType, String unit, String currentUnit) {
        String given = unit == null || unit.isBlank() ? null : unit.strip();
        Known known = KNOWN.get(metricType);
        if (known == null) {
            return given != null ? given : currentUnit;
        }
        if (given != null) {
            return scaleOf(known, given).map(Scale::unit).orElse(given);
        }
        return currentUnit != null ? scaleOf(known, currentUnit).map(Scale::unit).orElse(defaultUnit(known))
                : defaultUnit(known);
    }

    /** The first rule the reading breaks, if any; {@code unit} is the unit it is kept in ({@link #unitFor}). */
    public static Optional<MetricProblem> problemWith(String metricType, BigDecimal value, String unit) {
        if (value == null) {
            return Optional.of(new MetricProblem("value", "must not be null"));
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return Optional.of(new MetricProblem("value", "must have at most 2 decimals"));
        }
        if (value.abs().compareTo(LARGEST_VALUE) > 0) {
            return Optional.of(new MetricProblem("value", "must be at most " + LARGEST_VALUE + " in size"));
        }
        if (unit != null && unit.length() > UNIT_MAX) {
            return Optional.of(new MetricProblem("unit", "must be at most " + UNIT_MAX + " characters"));
        }
        Known known = KNOWN.get(metricType);
        if (known == null) {
            return Optional.empty();
        }
        Optional<Scale> scale = unit == null ? Optional.empty() : scaleOf(known, unit);
        if (scale.isEmpty()) {
            return Optional.of(new MetricProblem("unit", "must be " + String.join(" or ",
                    known.scales().stream().map(Scale::unit).toList()) + " for " + metricType));
        }
        Scale rule = scale.get();
        if (value.compareTo(rule.min()) < 0 || value.compareTo(rule.max()) > 0) {
            return Optional.of(new MetricProblem("value", "must be between " + rule.min() + " and " + rule.max()
                    + " " + rule.unit() + " for " + metricType));
        }
        if (rule.whole() && value.stripTrailingZeros().scale() > 0) {
            return Optional.of(new MetricProblem("value", "must be a whole number for " + metricType));
        }
        return Optional.empty();
    }

    /** Throws the first rule the reading breaks as an {@link IllegalArgumentException} naming its field. */
    public static void check(String metricType, BigDecimal value, String unit) {
        problemWith(metricType, value, unit).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.field() + " " + problem.message());
        });
    }

    public static PersonalBest personalBest(String metricType) {
        Known known = KNOWN.get(metricType);
        return known == null ? PersonalBest.HIGHEST : known.best();
    }

    private static String defaultUnit(Known known) {
        return known.scales().getFirst().unit();
    }

    private static Optional<Scale> scaleOf(Known known, String unit) {
        return known.scales().stream().filter(scale -> scale.unit().equalsIgnoreCase(unit)).findFirst();
    }
}
