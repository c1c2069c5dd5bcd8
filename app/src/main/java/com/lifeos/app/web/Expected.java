package com.lifeos.app.web;

import com.lifeos.shared.wire.EnumNames;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** What a value of a type must look like, as the message of a field that does not: "must be a number". */
public final class Expected {

    private Expected() {
    }

    public static String of(Class<?> type) {
        if (type == null) {
            return "has a wrong type or format";
        }
        if (type.isEnum()) {
            return EnumNames.expected(type);
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == LocalDate.class) {
            return "must be a date like 2026-05-31";
        }
        if (type == LocalTime.class) {
            return "must be a time like 07:30";
        }
        if (type == YearMonth.class) {
            return "must be a month like 2026-05";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "must be a date-time with an offset like 2026-05-31T07:30:00Z";
        }
        if (type == LocalDateTime.class) {
            return "must be a date-time like 2026-05-31T07:30:00";
        }
        if (type == Duration.class) {
            return "must be a duration like PT30M";
        }
        if (ZoneId.class.isAssignableFrom(type)) {
            return "must be a time zone like Europe/Berlin";
        }
        if (type == UUID.class) {
            return "must be a UUID like 0b8f3a52-6f1e-4c1b-9d5e-2f9a7c3e1d40";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "must be an object";
        }
        return "has a wrong type or format";
    }
}
