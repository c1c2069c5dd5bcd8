package com.lifeos.projection.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import com.lifeos.api.finance.BudgetSetEvent;
import com.lifeos.api.finance.FinancialRecordDetails;
import com.lifeos.api.finance.FinancialRecordType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FinancialRecordRowTest {

    private static final UUID RECORD = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID BUDGET = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Instant CREATED = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-02T08:00:00Z");
    private static final Instant LATEST = Instant.parse("2026-11-03T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    private static FinancialRecordDetails expense(String amount, String category) {
        return new FinancialRecordDetails(FinancialRecordType.EXPENSE, new BigDecimal(amount), "EUR", category, null,
                DAY);
    }

    private static BudgetSetEvent budget(String amount) {
        return new BudgetSetEvent(BUDGET, OWNER, "Food", YearMonth.of(2026, 11), new BigDecimal(amount), "EUR");
    }

    @Test
    void aNewRecordKeepsItsCategoryAndALowerCaseKey() {
        FinancialRecordRow row = new FinancialRecordRow(RECORD, OWNER, expense("12.5", "Groceries"), 0, CREATED);

        assertThat(row.category()).isEqualTo("Groceries");
        assertThat(row.amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(FinancialRecordRow.keyOf(row.category())).isEqualTo("groceries");
        assertThat(row.deleted()).isFalse();
    }

    @Test
    void theSameChangeAppliedTwiceChangesNothingMore() {
        FinancialRecordRow row = new FinancialRecordRow(RECORD, OWNER, expense("12.5", "Food"), 0, CREATED);
        row.details(expense("20", "Food"), 1, LATER);
        row.details(expense("20", "Food"), 1, LATEST);

        assertThat(row.amount()).isEqualTo(new BigDecimal("20.00"));
        assertThat(row.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void anOlderChangeNeverUndoesADeletion() {
        FinancialRecordRow row = new FinancialRecordRow(RECORD, OWNER, expense("12.5", "Food"), 0, CREATED);
        row.delete(2, LATEST);
        row.details(expense("99", "Rent"), 1, LATER);

        assertThat(row.deleted()).isTrue();
        assertThat(row.category()).isEqualTo("Food");
        assertThat(row.updatedAt()).isEqualTo(LATEST);
    }

    @Test
    void aBudgetSetAgainAfterRemovalIsBackButAnOlderSetIsIgnored() {
        BudgetRow row = new BudgetRow(budget("400.00"), 0, CREATED);
        row.remove(1, LATER);
        assertThat(row.removed()).isTrue();
        row.set(budget("300.00"), 0, LATEST);
        assertThat(row.removed()).isTrue();
        row.set(budget("300.00"), 2, LATEST);

        assertThat(row.removed()).isFalse();
        assertThat(row.amount()).isEqualTo(new BigDecimal("300.00"));
        assertThat(row.month()).isEqualTo(YearMonth.of(2026, 11));
    }
}
