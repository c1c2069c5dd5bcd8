package com.lifeos.app.web.input;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.lifeos.api.shared.Texts;
import com.lifeos.app.web.JsonPaths;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The characters and numbers of a JSON body as sent, before binding: binding would hide some of them, since a date,
 * number or boolean is trimmed before it is parsed ({@code "\u0000"} becomes "absent") and a huge floating epoch
 * ({@code 1e400}) silently becomes 1970. Every property name and string must pass {@link Texts#problemOf} (line
 * breaks only in {@link RequestValues#FREE_TEXT} fields; lengths are judged after binding, by field), and no number
 * may reach {@link #LARGEST} in magnitude: epoch milliseconds up to 2200 fit, and no column holds more.
 * A body that is not well-formed JSON is left to the converter, which answers it as such.
 */
@Component
class JsonTokens {

    static final BigDecimal LARGEST = BigDecimal.TEN.pow(15);

    private final JsonMapper json;
    private final InputProperties properties;

    JsonTokens(JsonMapper json, InputProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    /** Every property name, string and number of the body that breaks a rule, by JSON path. */
    Map<String, String> problemsOf(byte[] body) {
        Map<String, String> problems = new LinkedHashMap<>();
        int max = (int) Math.min(Integer.MAX_VALUE, properties.maxBodySize().toBytes());
        try (JsonParser parser = json.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case PROPERTY_NAME -> text(parser.currentName(), false, parser, problems, max);
                    case VALUE_STRING -> text(parser.getString(), RequestValues.isFreeText(fieldOf(parser)), parser,
                            problems, max);
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        if (parser.getDecimalValue().abs().compareTo(LARGEST) >= 0) {
                            problems.putIfAbsent(pathOf(parser), "must be less than 10^15 in magnitude");
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (JacksonException malformed) {
            // not JSON, or beyond the parser's own limits: binding fails the same way and says so
        }
        return problems;
    }

    private static void text(String value, boolean lineBreaks, JsonParser parser, Map<String, String> problems,
                             int max) {
        String problem = Texts.problemOf(value, max, lineBreaks);
        if (problem != null) {
            problems.putIfAbsent(pathOf(parser), problem);
        }
    }

    /** The property a value belongs to; for an element of a list, the list's. */
    private static String fieldOf(JsonParser parser) {
        TokenStreamContext context = parser.streamReadContext();
        if (context.inArray()) {
            context = context.getParent();
        }
        return context == null ? null : context.currentName();
    }

    private static String pathOf(JsonParser parser) {
        return JsonPaths.of(parser.streamReadContext());
    }
}
