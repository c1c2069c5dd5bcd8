package com.lifeos.app.finance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.lifeos.api.finance.FinancialRecordType;

/**
 * A record's content with its description in clear, as a CSV row carries it. Its {@link #key()} says when two rows
 * are "identical" for an import: same date, type, amount, currency, category and description.
 */
record PlainRecord(LocalDate date, FinancialRecordType type, BigDecimal amount, String currency, String category,
                   String description) {

    static final List<String> HEADER = List.of("date", "type", "amount", "category", "description", "currency");

    List<String> csvFields() {
        return List.of(date.toString(), type.name().toLowerCase(Locale.ROOT), amount.toPlainString(), category,
                description == null ? "" : description, currency);
    }

    /** Each part is length-prefixed, so no text inside a category or description can imitate a separator. */
    String key() {
        StringBuilder key = new StringBuilder();
        for (String part : csvFields()) {
            key.append(part.length()).append(':').append(part).append(';');
        }
        return key.toString();
    }

    /**
     * The id an import gives the {@code occurrence}-th row (1, 2, ...) of this content in one file: the same file
     * imported again names the same records, and two identical rows in one file are two records.
     */
    UUID importId(UUID userId, int occurrence) {
        return UUID.nameUUIDFromBytes((userId + "/" + key() + "/" + occurrence).getBytes(StandardCharsets.UTF_8));
    }
}
