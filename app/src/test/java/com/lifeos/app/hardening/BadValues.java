package com.lifeos.app.hardening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The generator of the bad-input corpus: for a value of a known kind, the raw JSON fragments (or query parameter
 * values) an attacker or a careless client sends instead. Every one of them must be refused.
 */
final class BadValues {

    /** Fields the app reads as enums; any other string leaf is text. */
    static final Set<String> ENUM_FIELDS = Set.of("frequency", "priority", "status", "type", "mood", "week_start");
    /** Fields where a line break is fine (the app's free-text fields). */
    static final Set<String> FREE_TEXT = Set.of("description", "notes", "note", "content");

    static final String ONE_MEGABYTE = "a".repeat(1024 * 1024);
    private static final String TOO_LONG = "a".repeat(20_001);
    private static final int DEEP = 2_000;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** What a JSON leaf holds, judged from its valid value and its field name. */
    enum Kind { TEXT, FREE_TEXT, ENUM, ID, DATE, DATE_TIME, MONTH, INTEGER, DECIMAL, BOOLEAN }

    private BadValues() {
    }

    static Kind kindOf(String field, com.fasterxml.jackson.databind.JsonNode value) {
        if (value.isBoolean()) {
            return Kind.BOOLEAN;
        }
        if (value.isIntegralNumber()) {
            return Kind.INTEGER;
        }
        if (value.isNumber()) {
            return Kind.DECIMAL;
        }
        String text = value.asText();
        if (DATE_TIME.matcher(text).matches()) {
            return Kind.DATE_TIME;
        }
        if (DATE.matcher(text).matches()) {
            return Kind.DATE;
        }
        if (MONTH.matcher(text).matches()) {
            return Kind.MONTH;
        }
        if (ID.matcher(text).matches()) {
            return Kind.ID;
        }
        if (ENUM_FIELDS.contains(field)) {
            return Kind.ENUM;
        }
        return FREE_TEXT.contains(field) ? Kind.FREE_TEXT : Kind.TEXT;
    }

    /** Raw JSON fragments that must not be accepted in place of a leaf of this kind. */
    static List<String> jsonFor(Kind kind) {
        List<String> bad = new ArrayList<>(List.of(
                "\"a\\u0000b\"", "\"\\u0000\"", "\"bell\\u0007\"", "\"\\u001b[31mred\"", "\"del\\u007f\"",
                "\"next line\\u0085\"", "\"high\\ud800 alone\"", "\"\\udc00low alone\"", "\"\\udbff\"",
                "{}", "[{}]", "[".repeat(DEEP) + "]".repeat(DEEP),
                "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
        switch (kind) {
            case TEXT -> bad.addAll(List.of("\"" + TOO_LONG + "\"", "\"line\\nbreak\"", "\"carriage\\rreturn\"",
                    "\"tab\\tinside\""));
            case FREE_TEXT -> bad.add("\"" + TOO_LONG + "\"");
            case ENUM -> bad.addAll(List.of("\"no_such_value\"", "\"DROP TABLE\""));
            case ID -> bad.addAll(List.of("\"not-a-uuid\"", "\"00000000-0000-0000-0000-00000000000g\""));
            case DATE -> bad.addAll(List.of("\"-999999999-01-01\"", "\"+999999999-12-31\"", "\"1899-12-31\"",
                    "\"2201-01-01\"", "\"0000-01-01\"", "\"2026-02-30\"", "\"2026-13-01\"", "\"yesterday\"",
                    "-999999999999", "99999999999999999999", "true"));
            case DATE_TIME -> bad.addAll(List.of("\"-999999999-01-01T00:00:00Z\"",
                    "\"+999999999-12-31T23:59:59Z\"", "\"1899-12-31T23:59:59Z\"", "\"2201-01-01T00:00:00Z\"",
                    "\"2026-01-01T25:00:00Z\"", "\"noon\"", "-999999999999", "99999999999999999999",
                    "-9999999999999999", "1e400", "true"));
            case MONTH -> bad.addAll(List.of("\"-999999999-01\"", "\"+999999999-12\"", "\"1899-12\"",
                    "\"2201-01\"", "\"2026-13\"", "\"someday\""));
            case INTEGER -> bad.addAll(numbers());
            case DECIMAL -> {
                bad.addAll(numbers());
                bad.addAll(List.of("1e-400", "0.0000001", "1e15", "123456789012345678901234567890.5",
                        "\"1e999999999\""));
            }
            case BOOLEAN -> bad.addAll(List.of("\"maybe\"", "\"\\u0000\""));
        }
        return bad;
    }

    private static List<String> numbers() {
        return List.of("NaN", "Infinity", "-Infinity", "\"NaN\"", "\"Infinity\"", "1e400", "-1e400",
                "99999999999999999999", "-99999999999999999999", "\"12abc\"");
    }

    /** Whole bodies that are not an object of the right shape. */
    static List<String> bodies() {
        return List.of("[]", "\"text\"", "12", "{", "{\"a\":}", "\u0000", "[".repeat(DEEP) + "]".repeat(DEEP),
                "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP));
    }

    /** Percent-encoded query parameter values to refuse for a parameter of this Java type. */
    static List<String> queryFor(Class<?> type, String name) {
        List<String> bad = new ArrayList<>(List.of("%00", "a%00b", "%07", "%1B%5B31m", "%7F", "%C2%85",
                "tab%09inside", "line%0Abreak", "a".repeat(600)));
        if (type == LocalDate.class || type == Instant.class || type == OffsetDateTime.class
                || (type == String.class && (name.equals("from") || name.equals("to")))) {
            bad.addAll(List.of("-999999999-01-01", "%2B999999999-12-31", "1899-12-31", "2201-01-01", "2026-02-30",
                    "0000-01-01", "yesterday", "-999999999-01-01T00:00:00Z", "%2B999999999-12-31T00:00:00Z"));
        } else if (type == YearMonth.class) {
            bad.addAll(List.of("-999999999-01", "%2B999999999-12", "1899-12", "2201-01", "2026-13"));
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            bad.addAll(List.of("99999999999999999999", "NaN", "Infinity", "1e400", "-99999999999"));
        } else if (type == Boolean.class || type == boolean.class) {
            bad.add("maybe");
        } else if (type.isEnum()) {
            bad.add("no_such_value");
        }
        return bad;
    }

    /** Path segments to refuse in place of a path variable. */
    static List<String> pathFor(Class<?> type) {
        List<String> bad = new ArrayList<>(List.of("a%00b", "%07", "%1B", "a".repeat(600)));
        if (type == java.util.UUID.class) {
            bad.add("not-a-uuid");
        }
        return bad;
    }
}
