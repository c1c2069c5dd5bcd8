package com.lifeos.api.finance;

/** Money that came in or went out. */
public enum FinancialRecordType {
    INCOME,
    EXPENSE
}
