package com.lifeos.api.shared;

/** The length limits every feature shares, so a title means the same thing everywhere. */
public final class Texts {

    public static final int TITLE_MAX = 255;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int CATEGORY_MAX = 100;
    public static final int NOTES_MAX = 2000;

    private Texts() {
    }

    /** Rejects a missing, blank or over-long required text. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return optional(field, value, max);
    }

    /** Rejects an over-long optional text; null stays null. */
    public static String optional(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters");
        }
        return value;
    }
}
