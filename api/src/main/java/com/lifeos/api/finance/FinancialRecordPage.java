package com.lifeos.api.finance;

import java.util.List;

public record FinancialRecordPage(List<FinancialRecordView> items, long totalItems) {
}
