package com.lifeos.api.account;

import java.util.UUID;
import java.util.regex.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets one of the person's own preferences ({@code key} to {@code value}). The calendar keys
 * {@code timezone} and {@code week_start} are not set this way: they are the account's calendar
 * ({@link ChangeAccountSettingsCommand}).
 */
public record SetAccountSettingCommand(@TargetAggregateIdentifier UUID userId, String key, String value) {

    /** Keys are short lower-case names such as {@code theme} or {@code ui.density}. */
    public static final Pattern KEY = Pattern.compile("[a-z0-9_.-]{1,100}");
    public static final int VALUE_MAX = 2000;
    /** Preferences a person may keep besides the calendar. */
    public static final int MAX_KEYS = 100;

    public SetAccountSettingCommand {
        requireKey(key);
        if (value == null) {
            throw new IllegalArgumentException("a setting needs a value");
        }
        if (value.length() > VALUE_MAX) {
            throw new IllegalArgumentException("a setting's value has at most " + VALUE_MAX + " characters");
        }
    }

    static void requireKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a setting's key is 1 to 100 of a-z, 0-9, '_', '.' and '-'");
        }
    }
}
