package com.lifeos.api.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;

/** One record as the read side sees it; its description is still sealed (the edge opens it for its owner). */
public record FinancialRecordView(UUID id, FinancialRecordType type, BigDecimal amount, String currency,
                                  String category, SealedText description, LocalDate date, Instant createdAt,
                                  Instant updatedAt) {
}
