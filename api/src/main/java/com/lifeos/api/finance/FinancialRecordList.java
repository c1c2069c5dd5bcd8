package com.lifeos.api.finance;

import java.util.List;

public record FinancialRecordList(List<FinancialRecordView> items) {
}
