package com.lifeos.query.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.lifeos.api.finance.FinancialRecordType;

/** One record as the analytics math needs it: no ids, no text. */
record MoneyEntry(FinancialRecordType type, BigDecimal amount, String currency, String category, LocalDate date) {
}
