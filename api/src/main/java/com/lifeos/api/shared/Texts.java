package com.lifeos.api.shared;

/**
 * The length limits every feature shares, so a title means the same thing everywhere, and the one rule for what a
 * text may hold. Lengths are counted in characters (Unicode code points), not UTF-16 units.
 */
public final class Texts {

    public static final int TITLE_MAX = 255;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int CATEGORY_MAX = 100;
    public static final int NOTES_MAX = 2000;

    private Texts() {
    }

    /** Rejects a missing, blank, over-long or unstorable required text. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return optional(field, value, max);
    }

    /** In a partial change: null keeps the old text, a given one must be a valid required text. */
    public static String replacement(String field, String value, int max) {
        return value == null ? null : required(field, value, max);
    }

    /**
     * Rejects an over-long optional text, or one holding what no store or screen should take (see {@link #problemOf});
     * null stays null. Line breaks and tabs pass here: whether a field may hold them is the edge's stricter rule.
     */
    public static String optional(String field, String value, int max) {
        String problem = value == null ? null : problemOf(value, max, true);
        if (problem != null) {
            throw new IllegalArgumentException(field + " " + problem);
        }
        return value;
    }

    /**
     * What is wrong with a text, or null when nothing is: a control character (NUL, which PostgreSQL cannot store,
     * and the rest of C0, DEL and C1; line feed, carriage return and tab only when {@code lineBreaks} allows them),
     * an unpaired surrogate (not encodable as UTF-8), or more than {@code max} characters.
     */
    public static String problemOf(String value, int max, boolean lineBreaks) {
        int characters = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            characters++;
            if (characters > max) {
                return "must be at most " + max + " characters";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate (character " + characters + ")";
            } else if (Character.getType(c) == Character.CONTROL && !(lineBreaks && isLineBreakOrTab(c))) {
                return "must not contain control characters (U+%04X at character %d)".formatted((int) c, characters);
            }
        }
        return null;
    }

    private static boolean isLineBreakOrTab(char c) {
        return c == '\n' || c == '\r' || c == '\t';
    }
}
