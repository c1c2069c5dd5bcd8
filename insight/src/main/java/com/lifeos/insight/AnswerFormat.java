package com.lifeos.insight;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * One answer the model is asked for: its name, what the model is told to do, the record whose strict JSON schema
 * the SDK derives and sends as a structured output ({@code response_format: json_schema}), the closed sets of
 * lower-case values some of its text fields take ({@code choices}, by field name: the SDK would name enum values by
 * their Java constants), and how the answer is read and checked on receipt — a model may ignore the schema, so
 * nothing it says is trusted unchecked.
 */
record AnswerFormat<T>(String name, String task, Class<?> shape, Map<String, List<String>> choices,
                       Reader<T> reader) {

    @FunctionalInterface
    interface Reader<T> {
        T read(JsonNode answer, LocalDate today) throws InvalidAnswer;
    }

    T read(JsonNode answer, LocalDate today) throws InvalidAnswer {
        if (answer == null || !answer.isObject()) {
            throw new InvalidAnswer("the answer is not a JSON object");
        }
        return reader.read(answer, today);
    }

    /**
     * A schema (as plain maps and lists) with the choices added: a property named in them takes one of its values,
     * or, when it is a list, each of its items does.
     */
    Object withChoices(Object schema) {
        if (schema instanceof List<?> list) {
            return list.stream().map(this::withChoices).toList();
        }
        if (!(schema instanceof Map<?, ?> map)) {
            return schema;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put((String) key, withChoices(value)));
        if (copy.get("properties") instanceof Map<?, ?> properties) {
            Map<String, Object> chosen = new LinkedHashMap<>();
            properties.forEach((name, property) -> chosen.put((String) name,
                    choices.containsKey(name) ? choosing((Map<?, ?>) property, choices.get(name)) : property));
            copy.put("properties", chosen);
        }
        return copy;
    }

    private static Map<String, Object> choosing(Map<?, ?> property, List<String> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        property.forEach((key, value) -> copy.put((String) key, value));
        if (copy.get("items") instanceof Map<?, ?> items) {
            copy.put("items", choosing(items, values));
        } else {
            copy.put("enum", values);
        }
        return copy;
    }

    // --- reading answers

    static List<JsonNode> items(JsonNode answer, String field, int min, int max) throws InvalidAnswer {
        JsonNode array = answer.get(field);
        if (array == null || !array.isArray()) {
            throw new InvalidAnswer(field + " is not an array");
        }
        if (array.size() < min || array.size() > max) {
            throw new InvalidAnswer(field + " has " + array.size() + " items, not " + (min == max ? min : min + "-" + max));
        }
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isObject()) {
                throw new InvalidAnswer(field + " holds a non-object");
            }
            items.add(item);
        }
        return items;
    }

    static String text(JsonNode item, String field, int max) throws InvalidAnswer {
        JsonNode value = item.get(field);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw new InvalidAnswer(field + " is missing or not a text");
        }
        String text = value.stringValue().strip();
        if (text.length() > max) {
            throw new InvalidAnswer(field + " is longer than " + max + " characters");
        }
        return text;
    }

    static String choice(JsonNode item, String field, List<String> allowed) throws InvalidAnswer {
        String value = text(item, field, 100);
        String normalised = value.toLowerCase(Locale.ROOT);
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(normalised)) {
                return candidate;
            }
        }
        throw new InvalidAnswer(field + " is not one of " + allowed);
    }

    static Integer optionalWhole(JsonNode item, String field, int min, int max) throws InvalidAnswer {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || value.intValue() < min || value.intValue() > max) {
            throw new InvalidAnswer(field + " is not a whole number from " + min + " to " + max);
        }
        return value.intValue();
    }

    static LocalDate futureDate(JsonNode item, String field, LocalDate today, int maxYears) throws InvalidAnswer {
        String value = text(item, field, 10);
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeException notADate) {
            throw new InvalidAnswer(field + " is not a date like 2027-05-01");
        }
        if (!date.isAfter(today) || date.isAfter(today.plusYears(maxYears))) {
            throw new InvalidAnswer(field + " " + date + " is not after " + today + " and within " + maxYears + " years");
        }
        return date;
    }

    /** Titles must differ (ignoring case): three times the same goal is not three suggestions. */
    static void requireDistinct(List<String> titles) throws InvalidAnswer {
        Set<String> seen = new HashSet<>();
        for (String title : titles) {
            if (!seen.add(title.toLowerCase(Locale.ROOT))) {
                throw new InvalidAnswer("the title '" + title + "' is given twice");
            }
        }
    }
}
