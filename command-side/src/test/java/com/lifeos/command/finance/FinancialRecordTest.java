package com.lifeos.command.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.finance.ChangeFinancialRecordCommand;
import com.lifeos.api.finance.CreateFinancialRecordCommand;
import com.lifeos.api.finance.DeleteFinancialRecordCommand;
import com.lifeos.api.finance.FinancialRecordChangedEvent;
import com.lifeos.api.finance.FinancialRecordCreatedEvent;
import com.lifeos.api.finance.FinancialRecordDeletedEvent;
import com.lifeos.api.finance.FinancialRecordDetails;
import com.lifeos.api.finance.FinancialRecordType;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FinancialRecordTest {

    private static final UUID RECORD = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final SealedText NOTE = new SealedText("v1.c2VhbGVkLW5vdGU=");
    private static final FinancialRecordDetails GROCERIES = new FinancialRecordDetails(FinancialRecordType.EXPENSE,
            new BigDecimal("42.5"), "eur", " Groceries ", NOTE, TODAY.minusDays(1));

    private AggregateTestFixture<FinancialRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FinancialRecord.class);
    }

    private static ChangeFinancialRecordCommand change(UUID caller, BigDecimal amount, LocalDate date) {
        return new ChangeFinancialRecordCommand(RECORD, caller, null, amount, null, null, null, date, TODAY);
    }

    @Test
    void recordingAnExpenseKeepsTwoPlacesAnUpperCaseCurrencyAndAStrippedCategory() {
        fixture.givenNoPriorActivity()
                .when(new CreateFinancialRecordCommand(RECORD, OWNER, GROCERIES, TODAY))
                .expectEvents(new FinancialRecordCreatedEvent(RECORD, OWNER, GROCERIES));
        assertThat(GROCERIES.amount()).isEqualTo(new BigDecimal("42.50"));
        assertThat(GROCERIES.currency()).isEqualTo("EUR");
        assertThat(GROCERIES.category()).isEqualTo("Groceries");
    }

    @Test
    void recordingTodayIsAllowed() {
        FinancialRecordDetails today = new FinancialRecordDetails(FinancialRecordType.INCOME, BigDecimal.TEN, "USD",
                "Salary", null, TODAY);
        fixture.givenNoPriorActivity()
                .when(new CreateFinancialRecordCommand(RECORD, OWNER, today, TODAY))
                .expectEvents(new FinancialRecordCreatedEvent(RECORD, OWNER, today));
    }

    @Test
    void cannotRecordMoneyInTheFuture() {
        FinancialRecordDetails tomorrow = new FinancialRecordDetails(FinancialRecordType.INCOME, BigDecimal.TEN,
                "USD", "Salary", null, TODAY.plusDays(1));
        fixture.givenNoPriorActivity()
                .when(new CreateFinancialRecordCommand(RECORD, OWNER, tomorrow, TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void changingTheAmountRecordsTheWholeDetails() {
        fixture.given(new FinancialRecordCreatedEvent(RECORD, OWNER, GROCERIES))
                .when(change(OWNER, new BigDecimal("40.00"), null))
                .expectEvents(new FinancialRecordChangedEvent(RECORD, OWNER, new FinancialRecordDetails(
                        FinancialRecordType.EXPENSE, new BigDecimal("40"), "EUR", "Groceries", NOTE,
                        TODAY.minusDays(1))));
    }

    @Test
    void aChangeToTheSameValuesAppliesNoEvent() {
        fixture.given(new FinancialRecordCreatedEvent(RECORD, OWNER, GROCERIES))
                .when(change(OWNER, new BigDecimal("42.500"), TODAY.minusDays(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotMoveARecordIntoTheFuture() {
        fixture.given(new FinancialRecordCreatedEvent(RECORD, OWNER, GROCERIES))
                .when(change(OWNER, null, TODAY.plusDays(1)))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void cannotChangeAnotherUsersRecord() {
        fixture.given(new FinancialRecordCreatedEvent(RECORD, OWNER, GROCERIES))
                .when(change(STRANGER, BigDecimal.ONE, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void deletingARecordKeepsItsHistory() {
        fixture.given(new FinancialRecordCreatedEvent(RECORD, OWNER, GROCERIES))
                .when(new DeleteFinancialRecordCommand(RECORD, OWNER))
                .expectEvents(new FinancialRecordDeletedEvent(RECORD, OWNER))
                .expectMarkedDeleted();
    }

    @Test
    void cannotDeleteAnotherUsersRecord() {
        fixture.given(new FinancialRecordCreatedEvent(RECORD, OWNER, GROCERIES))
                .when(new DeleteFinancialRecordCommand(RECORD, STRANGER))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void amountsMustBePositiveWithAtMostTwoDecimalsAndTenIntegerDigits() {
        for (String bad : new String[]{"0", "-1.00", "0.001", "12345678901"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> new FinancialRecordDetails(
                    FinancialRecordType.EXPENSE, new BigDecimal(bad), "EUR", "Food", null, TODAY));
        }
        assertThat(new FinancialRecordDetails(FinancialRecordType.EXPENSE, new BigDecimal("9999999999.99"), "EUR",
                "Food", null, TODAY).amount()).isEqualTo(new BigDecimal("9999999999.99"));
    }

    @Test
    void currenciesMustBeIso4217Codes() {
        for (String bad : new String[]{"EURO", "XYZ", "", "€"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> new FinancialRecordDetails(
                    FinancialRecordType.EXPENSE, BigDecimal.ONE, bad, "Food", null, TODAY));
        }
    }
}
