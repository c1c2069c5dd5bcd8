package com.lifeos.api.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.PersonalText;
import com.lifeos.api.shared.SealedText;

/**
 * What one income or expense is: its type, an amount of a currency (two places, never floating point), a category
 * (compared ignoring case), the local date it happened on, and a description sealed with the owner's key (private
 * free text; null when there is none).
 */
public record FinancialRecordDetails(FinancialRecordType type, BigDecimal amount, String currency,
                                     @PersonalText String category, SealedText description, LocalDate date) {

    /** Older dates are typing mistakes, and the read side's calendar needs bounds. */
    public static final LocalDate EARLIEST_DATE = DateBounds.EARLIEST;

    public FinancialRecordDetails {
        Checks.present("type", type);
        amount = Money.amount("amount", amount);
        currency = Money.currency("currency", currency);
        category = Money.category("category", category);
        Checks.present("date", date);
        if (date.isBefore(EARLIEST_DATE)) {
            throw new IllegalArgumentException("date must not be before " + EARLIEST_DATE);
        }
    }
}
