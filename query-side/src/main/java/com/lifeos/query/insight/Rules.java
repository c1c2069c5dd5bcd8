package com.lifeos.query.insight;

import com.lifeos.api.shared.Texts;

/** What the rule sets share in wording: sentences start upper case, and a title naming a long title still fits. */
final class Rules {

    private Rules() {
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String fitting(String title) {
        return title.length() <= Texts.TITLE_MAX ? title : title.substring(0, Texts.TITLE_MAX - 1) + "…";
    }
}
