package com.lifeos.identity.account;

/** Optional free-text fields: surrounding blanks are dropped, and nothing left means no value. */
final class Text {

    private Text() {
    }

    static String orNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
