package com.lifeos.api.finance;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import com.lifeos.api.shared.Texts;

/**
 * The syntax of money every finance message shares: an amount is positive, has at most two decimals and ten
 * integer digits (the NUMERIC(12,2) of the read model), and is kept with exactly two places; a currency is an
 * ISO 4217 code, kept upper-case. Amounts are never floating point.
 */
public final class Money {

    public static final int INTEGER_DIGITS = 10;
    public static final int FRACTION_DIGITS = 2;
    public static final int CATEGORY_MAX = 100;

    private Money() {
    }

    public static BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be greater than 0");
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > FRACTION_DIGITS) {
            throw new IllegalArgumentException(field + " must have at most " + FRACTION_DIGITS + " decimals");
        }
        // Judged before scaling: 1E+999999999 must be refused, not expanded to a billion digits.
        if (plain.precision() - plain.scale() > INTEGER_DIGITS) {
            throw new IllegalArgumentException(field + " must have at most " + INTEGER_DIGITS + " integer digits");
        }
        return value.setScale(FRACTION_DIGITS);
    }

    public static String currency(String field, String code) {
        if (code == null || code.length() != 3) {
            throw new IllegalArgumentException(field + " must be an ISO 4217 currency code such as EUR");
        }
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(field + " must be an ISO 4217 currency code such as EUR");
        }
    }

    /** A required category, without surrounding spaces; categories are compared ignoring case. */
    public static String category(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return Texts.optional(field, value.strip(), CATEGORY_MAX);
    }
}
