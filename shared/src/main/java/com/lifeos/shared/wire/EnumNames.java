package com.lifeos.shared.wire;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The one enum style of the API, for bodies and query parameters alike: a value is written as its lower-case
 * snake_case name ({@code daily}, {@code on_hold}, {@code monday}) and read without regard to case, with {@code -}
 * or a space for {@code _} ({@code HIGH}, {@code High}, {@code on-hold}). A day of the week is also read as its
 * three-letter abbreviation ({@code mon}, {@code Wed}).
 */
public final class EnumNames {

    private static final Map<Class<?>, List<String>> NAMES = new ConcurrentHashMap<>();

    private EnumNames() {
    }

    /** How a value is written: its {@code @JsonProperty} name if it has one, else its name in lower case. */
    public static String wireName(Enum<?> value) {
        return namesOf(value.getDeclaringClass()).get(value.ordinal());
    }

    /** The value named by {@code text}; {@code null} for blank text. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        E value = find(type, text);
        if (value == null && text != null && !text.isBlank()) {
            throw new IllegalArgumentException(expected(type));
        }
        return value;
    }

    /** The value named by {@code text}, or {@code null} when it names none. */
    public static <E extends Enum<E>> E find(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String wanted = normalise(text);
        if (wanted.isEmpty()) {
            return null;
        }
        E[] constants = type.getEnumConstants();
        List<String> names = namesOf(type);
        for (E constant : constants) {
            String wire = names.get(constant.ordinal());
            if (wire.equals(wanted) || normalise(constant.name()).equals(wanted)
                    || (type == DayOfWeek.class && wire.substring(0, 3).equals(wanted))) {
                return constant;
            }
        }
        return null;
    }

    /** What a field of this enum type must hold, as an error message: {@code must be one of: low, medium, high}. */
    public static String expected(Class<?> type) {
        if (type == DayOfWeek.class) {
            return "must be a day of the week: monday, tuesday, wednesday, thursday, friday, saturday or sunday "
                    + "(mon ... sun also do)";
        }
        return "must be one of: " + String.join(", ", namesOf(type));
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    private static List<String> namesOf(Class<?> type) {
        return NAMES.computeIfAbsent(type, EnumNames::wireNames);
    }

    private static List<String> wireNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> {
            Enum<?> value = (Enum<?>) constant;
            try {
                JsonProperty named = type.getField(value.name()).getAnnotation(JsonProperty.class);
                if (named != null && !named.value().isEmpty()) {
                    return named.value();
                }
            } catch (NoSuchFieldException impossible) {
                // every constant is a public field of its enum
            }
            return value.name().toLowerCase(Locale.ROOT);
        }).collect(Collectors.toUnmodifiableList());
    }
}
