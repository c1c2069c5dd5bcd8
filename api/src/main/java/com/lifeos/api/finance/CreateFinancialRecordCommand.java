package com.lifeos.api.finance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.Owned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records an income or expense; {@code today} is the caller's today, so the aggregate can refuse a future date. */
public record CreateFinancialRecordCommand(@TargetAggregateIdentifier UUID recordId, UUID userId,
                                           FinancialRecordDetails details, LocalDate today) implements Owned {

    public CreateFinancialRecordCommand {
        DateBounds.require("date", details == null ? null : details.date());
        Checks.addressed("recordId", recordId, userId);
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(today, "today");
    }
}
