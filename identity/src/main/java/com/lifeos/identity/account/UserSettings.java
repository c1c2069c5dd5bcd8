package com.lifeos.identity.account;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.lifeos.api.account.AccountPreferencesView;
import com.lifeos.api.account.FindAccountPreferencesQuery;
import com.lifeos.api.account.RemoveAccountSettingCommand;
import com.lifeos.api.account.SetAccountSettingCommand;
import com.lifeos.store.gateway.Commands;
import com.lifeos.shared.wire.EnumNames;
import com.lifeos.shared.error.InvalidFieldException;
import com.lifeos.shared.error.NotFound;
import com.lifeos.store.gateway.Queries;
import com.lifeos.identity.account.AccountRegistration;
import com.lifeos.identity.account.AccountSettings;
import com.lifeos.identity.account.Accounts;
import com.lifeos.identity.account.ProfileUpdates;
import com.lifeos.identity.account.UpdateProfileRequest;
import com.lifeos.shared.error.Unauthenticated;
import org.springframework.stereotype.Service;

/**
 * A person's settings as one flat map. {@code timezone} and {@code week_start} are the account's
 * calendar: read from and written to the account exactly as the profile does. Every other key is a
 * preference kept by the Account aggregate's events and the "account" projection, which store every
 * value as text. The keys LifeOS reads itself are checked and normalised here, and read back as their
 * JSON type (a whole number, a boolean); the rest are free strings.
 */
@Service
public class UserSettings {

    static final String TIMEZONE = "timezone";
    static final String WEEK_START = "week_start";
    static final String CURRENCY = "currency";
    static final String DEFAULT_CURRENCY = "USD";
    static final String DAY_START_HOUR = "day_start_hour";
    /** The weekly learning aim the learning score (and the AI's advice) measures against, unless the user set one. */
    static final String LEARNING_AIM = "learning_minutes_per_week";
    static final int DEFAULT_LEARNING_AIM = 150;
    /** Whether journal content and contact names may be sent to the AI model; off unless the user turns it on. */
    static final String AI_SHARE_PRIVATE_TEXT = "ai_share_private_text";
    /** The most minutes a week holds. */
    private static final int MINUTES_PER_WEEK = 7 * 24 * 60;

    private final Accounts accounts;
    private final ProfileUpdates profileUpdates;
    private final Commands commands;
    private final Queries queries;

    UserSettings(Accounts accounts, ProfileUpdates profileUpdates, Commands commands, Queries queries) {
        this.accounts = accounts;
        this.profileUpdates = profileUpdates;
        this.commands = commands;
        this.queries = queries;
    }

    /** Every setting, keys sorted, each as its JSON type; the calendar as the account has it now. */
    public Map<String, Object> of(UUID userId) {
        AccountSettings calendar = accounts.settingsOf(userId).orElseThrow(() ->
                new Unauthenticated("This account no longer exists."));
        Map<String, Object> all = new TreeMap<>();
        preferencesOf(userId).forEach((key, stored) -> all.put(key, typed(key, stored)));
        all.put(TIMEZONE, calendar.zone().getId());
        all.put(WEEK_START, EnumNames.wireName(calendar.weekStart()));
        return all;
    }

    public Map<String, Object> put(UUID userId, String key, Object value) {
        requireKey(key);
        if (value == null) {
            throw new InvalidFieldException("value", "must be given");
        }
        switch (key) {
            case TIMEZONE -> calendar(userId, timezone(value), null);
            case WEEK_START -> calendar(userId, null, weekStart(value));
            default -> commands.send(userId, new SetAccountSettingCommand(userId, key, normalized(key, value)));
        }
        return of(userId);
    }

    public void remove(UUID userId, String key) {
        requireKey(key);
        switch (key) {
            case TIMEZONE -> calendar(userId, AccountRegistration.DEFAULT_ZONE.getId(), null);
            case WEEK_START -> calendar(userId, null, AccountRegistration.DEFAULT_WEEK_START);
            default -> {
                if (!preferencesOf(userId).containsKey(key)) {
                    throw new NotFound();
                }
                commands.send(userId, new RemoveAccountSettingCommand(userId, key));
            }
        }
    }

    /** The currency money is shown in when a request names none: the user's {@code currency} setting, else USD. */
    public String preferredCurrency(UUID userId) {
        return preferencesOf(userId).getOrDefault(CURRENCY, DEFAULT_CURRENCY);
    }

    /** Minutes of learning a week the user aims at: their {@code learning_minutes_per_week}, else 150. */
    public int learningMinutesPerWeek(UUID userId) {
        return positiveNumber(userId, LEARNING_AIM, DEFAULT_LEARNING_AIM);
    }

    /** Whether the user allowed private text (journal content, contact names) to be sent to the AI model. */
    public boolean sharesPrivateTextWithAi(UUID userId) {
        return Boolean.parseBoolean(preferencesOf(userId).get(AI_SHARE_PRIVATE_TEXT));
    }

    /** A positive whole-number setting, or the default when it is absent or not such a number. */
    private int positiveNumber(UUID userId, String key, int defaultValue) {
        String value = preferencesOf(userId).get(key);
        try {
            int number = value == null ? defaultValue : Integer.parseInt(value.strip());
            return number > 0 ? number : defaultValue;
        } catch (NumberFormatException notANumber) {
            return defaultValue;
        }
    }

    /** Asked by most reads (the currency, the weekly aims), so cached until the settings projection changes them. */
    private Map<String, String> preferencesOf(UUID userId) {
        return queries.askCached(userId, new FindAccountPreferencesQuery(userId), AccountPreferencesView.class)
                .values();
    }

    /** Changes the calendar through the profile's own code path, so both always agree. */
    private void calendar(UUID userId, String timezone, DayOfWeek weekStart) {
        profileUpdates.update(userId, new UpdateProfileRequest(null, null, null, timezone, weekStart));
    }

    private static void requireKey(String key) {
        if (!SetAccountSettingCommand.KEY.matcher(key).matches()) {
            throw new InvalidFieldException("key", "must be 1 to 100 of a-z, 0-9, '_', '.' and '-'");
        }
    }

    private static String timezone(Object value) {
        if (!(value instanceof String zone) || !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidFieldException("value", "must be an IANA time zone such as Europe/Paris or UTC");
        }
        return zone;
    }

    /**
     * A stored preference as its JSON type: LifeOS's own numeric and yes/no keys as a number and a boolean, any
     * other key as its text. A value stored before its key was checked, and not of the key's type, reads as stored.
     */
    private static Object typed(String key, String stored) {
        return switch (key) {
            case DAY_START_HOUR, LEARNING_AIM -> stored.matches("-?\\d{1,9}") ? Integer.valueOf(stored) : stored;
            case AI_SHARE_PRIVATE_TEXT -> stored.equalsIgnoreCase("true") || stored.equalsIgnoreCase("false")
                    ? Boolean.valueOf(stored) : stored;
            default -> stored;
        };
    }

    /** Any day may start a week (Monday, Sunday and Saturday are all in use), named as days are everywhere. */
    private static DayOfWeek weekStart(Object value) {
        DayOfWeek day = value instanceof String name ? EnumNames.find(DayOfWeek.class, name) : null;
        if (day == null) {
            throw new InvalidFieldException("value", EnumNames.expected(DayOfWeek.class));
        }
        return day;
    }

    private static String normalized(String key, Object value) {
        return switch (key) {
            case CURRENCY -> currency(value);
            case DAY_START_HOUR -> wholeNumber(value, 0, 23, "must be a whole hour from 0 to 23");
            case LEARNING_AIM -> wholeNumber(value, 1, MINUTES_PER_WEEK,
                    "must be a whole number of minutes from 1 to " + MINUTES_PER_WEEK);
            case AI_SHARE_PRIVATE_TEXT -> flag(value);
            default -> {
                if (!(value instanceof String text)) {
                    throw new InvalidFieldException("value", "must be a string");
                }
                if (text.length() > SetAccountSettingCommand.VALUE_MAX) {
                    throw new InvalidFieldException("value",
                            "must be at most " + SetAccountSettingCommand.VALUE_MAX + " characters");
                }
                yield text;
            }
        };
    }

    private static String currency(Object value) {
        if (value instanceof String code && code.length() == 3) {
            try {
                return Currency.getInstance(code.toUpperCase(Locale.ROOT)).getCurrencyCode();
            } catch (IllegalArgumentException unknown) {
                // answered below
            }
        }
        throw new InvalidFieldException("value", "must be an ISO 4217 currency code such as EUR");
    }

    private static String flag(Object value) {
        if (value instanceof Boolean flag) {
            return flag.toString();
        }
        if (value instanceof String text && (text.strip().equalsIgnoreCase("true") || text.strip().equalsIgnoreCase("false"))) {
            return text.strip().toLowerCase(Locale.ROOT);
        }
        throw new InvalidFieldException("value", "must be true or false");
    }

    /** A JSON whole number, or its digits as a string (what these keys accepted first), within the bounds. */
    private static String wholeNumber(Object value, int min, int max, String message) {
        Integer number = null;
        if (value instanceof Integer whole) {
            number = whole;
        } else if (value instanceof String text && text.strip().matches("\\d{1,9}")) {
            number = Integer.valueOf(text.strip());
        }
        if (number == null || number < min || number > max) {
            throw new InvalidFieldException("value", message);
        }
        return number.toString();
    }
}
