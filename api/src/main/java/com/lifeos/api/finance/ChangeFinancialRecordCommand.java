package com.lifeos.api.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partial change: every null field keeps its value. {@code today} is the caller's today. */
public record ChangeFinancialRecordCommand(@TargetAggregateIdentifier UUID recordId, UUID userId,
                                           FinancialRecordType type, BigDecimal amount, String currency,
                                           String category, SealedText description, LocalDate date,
                                           LocalDate today) {

    public ChangeFinancialRecordCommand {
        DateBounds.require("date", date);
        Checks.addressed("recordId", recordId, userId);
        Objects.requireNonNull(today, "today");
        amount = amount == null ? null : Money.amount("amount", amount);
        currency = currency == null ? null : Money.currency("currency", currency);
        category = category == null ? null : Money.category("category", category);
    }
}
