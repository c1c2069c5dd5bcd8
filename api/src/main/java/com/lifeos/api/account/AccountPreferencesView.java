package com.lifeos.api.account;

import java.util.Map;

/** A person's preferences, key to value. */
public record AccountPreferencesView(Map<String, String> values) {

    public AccountPreferencesView {
        values = Map.copyOf(values);
    }
}
