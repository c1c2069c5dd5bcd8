package com.lifeos.projection.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import com.lifeos.api.finance.FinancialRecordDetails;
import com.lifeos.api.finance.FinancialRecordType;
import com.lifeos.projection.shared.OwnedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One income or expense as the "finance" projection keeps it. A deleted record stays as a tombstone
 * ({@code deleted}): the lists leave it out, but an import still knows its id was used, and a late copy of an
 * older event cannot bring it back. {@code categoryKey} is the category lower-cased, so filters ignore case.
 */
@Entity
@Table(name = "financial_record")
public class FinancialRecordRow extends OwnedRow {

    @Enumerated(EnumType.STRING)
    private FinancialRecordType recordType;
    private BigDecimal amount;
    private String currency;
    private String category;
    private String categoryKey;
    private String description;
    private LocalDate recordDate;
    private boolean deleted;

    protected FinancialRecordRow() {
    }

    FinancialRecordRow(UUID id, UUID userId, FinancialRecordDetails details, long sequence, Instant at) {
        super(id, userId, sequence, at);
        assign(details);
    }

    void details(FinancialRecordDetails details, long sequence, Instant at) {
        ifNewer(sequence, at, () -> assign(details));
    }

    void delete(long sequence, Instant at) {
        ifNewer(sequence, at, () -> deleted = true);
    }

    private void assign(FinancialRecordDetails details) {
        recordType = details.type();
        amount = details.amount();
        currency = details.currency();
        category = details.category();
        categoryKey = keyOf(details.category());
        description = details.description() == null ? null : details.description().value();
        recordDate = details.date();
    }

    public static String keyOf(String category) {
        return category.toLowerCase(Locale.ROOT);
    }

    public FinancialRecordType type() {
        return recordType;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String category() {
        return category;
    }

    public String description() {
        return description;
    }

    public LocalDate date() {
        return recordDate;
    }

    public boolean deleted() {
        return deleted;
    }
}
