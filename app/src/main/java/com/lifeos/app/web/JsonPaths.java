package com.lifeos.app.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/** Where in a JSON body a parser stands, named the way error reports name fields: {@code tags[0]}, {@code a.b}. */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** The path of the value the parser is at (for an object or a list, of the whole object or list). */
    public static String ofValue(JsonParser parser) {
        return of(valueContext(parser));
    }

    /** Whether the value the parser is at is the body itself. */
    public static boolean atRoot(JsonParser parser) {
        TokenStreamContext context = valueContext(parser);
        return context == null || context.inRoot();
    }

    /** {@code /tags/0} as the error format names it: {@code tags[0]}; {@code body} for the body as a whole. */
    public static String of(TokenStreamContext context) {
        if (context == null) {
            return "body";
        }
        StringBuilder path = new StringBuilder();
        for (String segment : context.pathAsPointer().toString().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                path.append('[').append(segment).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** A parser at the start of an object or list already stands in its new context; the value's is the parent. */
    private static TokenStreamContext valueContext(JsonParser parser) {
        TokenStreamContext context = parser.streamReadContext();
        JsonToken token = parser.currentToken();
        if (context != null && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            return context.getParent();
        }
        return context;
    }
}
