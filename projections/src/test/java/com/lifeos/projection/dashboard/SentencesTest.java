package com.lifeos.projection.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.api.account.AccountSettingChangedEvent;
import com.lifeos.api.finance.FinancialRecordCreatedEvent;
import com.lifeos.api.finance.FinancialRecordDetails;
import com.lifeos.api.finance.FinancialRecordType;
import com.lifeos.api.habit.HabitCheckedInEvent;
import com.lifeos.api.journal.JournalEntryDetails;
import com.lifeos.api.journal.JournalEntryWrittenEvent;
import com.lifeos.api.shared.SealedText;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID HABIT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    // 23:30 in Tokyo on 2026-03-15
    private static final Instant AT = Instant.parse("2026-03-15T14:30:00Z");

    private final Sentences sentences = new Sentences(id -> Optional.empty());

    @Test
    void aCheckInOnTheDayItWasRecordedNamesNoDateEvenLateAtNightInTheUsersZone() {
        HabitCheckedInEvent today = new HabitCheckedInEvent(HABIT, USER, UUID.randomUUID(),
                LocalDate.of(2026, 3, 15), "Asia/Tokyo", null);
        HabitCheckedInEvent backFilled = new HabitCheckedInEvent(HABIT, USER, UUID.randomUUID(),
                LocalDate.of(2026, 3, 14), "Asia/Tokyo", null);

        assertThat(sentences.of(today, AT).orElseThrow().text()).isEqualTo("Checked in (unknown)");
        assertThat(sentences.of(backFilled, AT).orElseThrow().text()).isEqualTo("Checked in (unknown) for 2026-03-14");
    }

    @Test
    void moneyIsToldWithTwoPlacesAndItsCurrencyAndAnOldRecordWithItsDate() {
        FinancialRecordCreatedEvent groceries = new FinancialRecordCreatedEvent(UUID.randomUUID(), USER,
                new FinancialRecordDetails(FinancialRecordType.EXPENSE, new BigDecimal("42.5"), "EUR", "Groceries",
                        new SealedText("v1.secret"), LocalDate.of(2026, 3, 15)));
        FinancialRecordCreatedEvent oldPay = new FinancialRecordCreatedEvent(UUID.randomUUID(), USER,
                new FinancialRecordDetails(FinancialRecordType.INCOME, new BigDecimal("3000"), "EUR", "Salary", null,
                        LocalDate.of(2026, 1, 25)));

        assertThat(sentences.of(groceries, AT).orElseThrow().text()).isEqualTo("Spent 42.50 EUR on Groceries");
        assertThat(sentences.of(oldPay, AT).orElseThrow().text())
                .isEqualTo("Received 3000.00 EUR from Salary, dated 2026-01-25");
    }

    @Test
    void aJournalEntryIsToldWithoutItsContent() {
        JournalEntryWrittenEvent entry = new JournalEntryWrittenEvent(UUID.randomUUID(), USER, new JournalEntryDetails(
                LocalDate.of(2026, 3, 15), new SealedText("v1.sealed-words"), 12, null, List.of(), true),
                "Asia/Tokyo");

        assertThat(sentences.of(entry, AT).orElseThrow().text()).isEqualTo("Wrote in the journal");
    }

    @Test
    void longTitlesAndValuesAreCutSoEverySentenceFitsItsLine() {
        String longValue = "x".repeat(1000);

        Sentence sentence = sentences.of(new AccountSettingChangedEvent(USER, "k".repeat(100), longValue), AT)
                .orElseThrow();

        assertThat(sentence.text()).hasSizeLessThan(200).endsWith("…'");
        assertThat(new ActivityRow("id", 1, USER, AT, "account", "kind", USER, "y".repeat(900), null).sentence())
                .hasSize(ActivityRow.SENTENCE_MAX);
    }
}
