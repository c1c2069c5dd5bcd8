package com.lifeos.query.insight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.lifeos.api.shared.Texts;

/**
 * What the rule sets share: how the rules are chosen from, and in wording, sentences start upper case and a title
 * naming a long title still fits.
 */
final class Rules {

    private Rules() {
    }

    /**
     * The first {@code count} of what the rules make, in the rules' order: a rule that does not apply is passed over,
     * and so is what is not {@code wanted} or has the {@code key} of one already chosen.
     */
    static <S> List<S> first(int count, List<Function<Signals, Optional<S>>> rules, Signals signals,
                             Predicate<S> wanted, Function<S, ?> key) {
        List<S> chosen = new ArrayList<>();
        Set<Object> keys = new HashSet<>();
        for (Function<Signals, Optional<S>> rule : rules) {
            rule.apply(signals).filter(wanted).filter(made -> keys.add(key.apply(made))).ifPresent(chosen::add);
            if (chosen.size() == count) {
                break;
            }
        }
        return List.copyOf(chosen);
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String fitting(String title) {
        return title.length() <= Texts.TITLE_MAX ? title : title.substring(0, Texts.TITLE_MAX - 1) + "…";
    }
}
