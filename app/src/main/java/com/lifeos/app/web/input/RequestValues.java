package com.lifeos.app.web.input;

import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.Texts;
import com.lifeos.shared.error.InvalidFieldException;
import com.lifeos.app.web.JsonNames;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Component;

/**
 * The rules every value of every request body meets, whatever the request type, checked on the bound object before
 * Bean Validation and before any command is sent, so that nothing a store, a projection or a screen cannot take
 * enters the immutable log:
 * <ul>
 *   <li>text: no control characters (line feed, carriage return and tab only in the free-text fields named in
 *       {@link #FREE_TEXT}), no unpaired surrogates; a field without a {@code @Size} of its own (which Bean
 *       Validation judges next) at most {@link InputProperties#defaultTextMax()} characters; map keys are single-line
 *       texts too;</li>
 *   <li>dates and instants within {@link DateBounds};</li>
 *   <li>numbers finite and within what the widest numeric column holds ({@link #INTEGER_DIGITS} integer and
 *       {@link #FRACTION_DIGITS} fraction digits; a field's own {@code @Digits} is stricter);</li>
 *   <li>nesting at most {@link #MAX_DEPTH} levels.</li>
 * </ul>
 * Records, lists, arrays and maps are walked to the leaves; each problem names the field's JSON path.
 */
@Component
public class RequestValues {

    /** The fields where a person writes prose, so line breaks and tabs belong. */
    public static final Set<String> FREE_TEXT = Set.of("description", "notes", "note", "content");
    /** NUMERIC(14,2), the widest amount column (dashboard), has 12 integer digits. */
    static final int INTEGER_DIGITS = 12;
    static final int FRACTION_DIGITS = 6;
    static final int MAX_DEPTH = 16;
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(INTEGER_DIGITS);

    private final InputProperties properties;

    RequestValues(InputProperties properties) {
        this.properties = properties;
    }

    /** Whether a field (by its JSON name; null for none) may hold line breaks and tabs. */
    public static boolean isFreeText(String field) {
        return field != null && FREE_TEXT.contains(field);
    }

    /** Throws {@link InvalidFieldException} naming every field that breaks a rule. */
    public void check(Object body) {
        Map<String, String> problems = problemsOf(body);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    /** Every field that breaks a rule, by JSON path, with what is wrong with it. */
    public Map<String, String> problemsOf(Object body) {
        Map<String, String> problems = new LinkedHashMap<>();
        visit(body, "", "", null, 0, problems);
        return problems;
    }

    private void visit(Object value, String path, String property, AnnotatedType type, int depth,
                       Map<String, String> problems) {
        if (value == null) {
            return;
        }
        String field = path.isEmpty() ? "body" : path;
        if (depth > MAX_DEPTH) {
            problems.putIfAbsent(field, "is nested too deeply (at most " + MAX_DEPTH + " levels)");
            return;
        }
        switch (value) {
            case String text -> text(text, field, property, type, problems);
            case Number number -> number(number, field, problems);
            case LocalDate date -> date(date, field, problems);
            case Instant instant -> date(LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC), field, problems);
            case OffsetDateTime time -> date(time.toLocalDate(), field, problems);
            case ZonedDateTime time -> date(time.toLocalDate(), field, problems);
            case LocalDateTime time -> date(time.toLocalDate(), field, problems);
            case YearMonth month -> date(month.atDay(1), field, problems);
            case Collection<?> items -> {
                int index = 0;
                for (Object item : items) {
                    visit(item, path + "[" + index++ + "]", property, elementType(type, 0), depth + 1, problems);
                }
            }
            case Map<?, ?> entries -> entries.forEach((key, item) -> {
                String name = String.valueOf(key);
                String keyProblem = Texts.problemOf(name, Texts.TITLE_MAX, false);
                if (keyProblem != null) {
                    problems.putIfAbsent(field, "has a key that " + keyProblem);
                } else {
                    visit(item, path.isEmpty() ? name : path + "." + name, property, elementType(type, 1), depth + 1,
                            problems);
                }
            });
            case Record record -> {
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    String name = JsonNames.snakeCase(component.getName());
                    visit(read(component, record), path.isEmpty() ? name : path + "." + name, name,
                            component.getAnnotatedType(), depth + 1, problems);
                }
            }
            default -> {
                if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
                    for (int i = 0; i < Array.getLength(value); i++) {
                        AnnotatedType element = type instanceof AnnotatedArrayType array
                                ? array.getAnnotatedGenericComponentType() : null;
                        visit(Array.get(value, i), path + "[" + i + "]", property, element, depth + 1, problems);
                    }
                }
            }
        }
    }

    private void text(String text, String field, String property, AnnotatedType type, Map<String, String> problems) {
        // a declared @Size is Bean Validation's to judge, so it reports it together with the body's other field errors
        boolean declared = type != null && type.isAnnotationPresent(Size.class);
        int max = declared ? Integer.MAX_VALUE : properties.defaultTextMax();
        String problem = Texts.problemOf(text, max, isFreeText(property));
        if (problem != null) {
            problems.putIfAbsent(field, problem);
        }
    }

    private static void number(Number number, String field, Map<String, String> problems) {
        BigDecimal decimal;
        switch (number) {
            case Double d when !Double.isFinite(d) -> {
                problems.putIfAbsent(field, "must be a finite number");
                return;
            }
            case Float f when !Float.isFinite(f) -> {
                problems.putIfAbsent(field, "must be a finite number");
                return;
            }
            case BigDecimal big -> decimal = big;
            case BigInteger big -> decimal = new BigDecimal(big);
            case Double d -> decimal = BigDecimal.valueOf(d);
            case Float f -> decimal = BigDecimal.valueOf(f);
            default -> decimal = BigDecimal.valueOf(number.longValue());
        }
        // precision and scale only: toPlainString of 1e999999999 would build a billion digits
        if (decimal.abs().compareTo(LARGEST) >= 0) {
            problems.putIfAbsent(field, "must be less than 10^" + INTEGER_DIGITS + " in magnitude");
        } else if (decimal.stripTrailingZeros().scale() > FRACTION_DIGITS) {
            problems.putIfAbsent(field, "must have at most " + FRACTION_DIGITS + " decimals");
        }
    }

    private static void date(LocalDate date, String field, Map<String, String> problems) {
        if (!DateBounds.contains(date)) {
            problems.putIfAbsent(field, DateBounds.MESSAGE);
        }
    }

    private static AnnotatedType elementType(AnnotatedType type, int argument) {
        if (type instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            return arguments.length > argument ? arguments[argument] : arguments[arguments.length - 1];
        }
        return null;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of a request body", e);
        }
    }
}
