package com.lifeos.command.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

import com.lifeos.api.finance.BudgetRemovedEvent;
import com.lifeos.api.finance.BudgetSetEvent;
import com.lifeos.api.finance.RemoveBudgetCommand;
import com.lifeos.api.finance.SetBudgetCommand;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BudgetTest {

    private static final UUID BUDGET = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final BigDecimal FOUR_HUNDRED = new BigDecimal("400.00");

    private AggregateTestFixture<Budget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Budget.class);
    }

    private static SetBudgetCommand set(UUID caller, String amount) {
        return new SetBudgetCommand(BUDGET, caller, "Food", NOVEMBER, new BigDecimal(amount), "EUR");
    }

    private static BudgetSetEvent wasSet(String amount) {
        return new BudgetSetEvent(BUDGET, OWNER, "Food", NOVEMBER, new BigDecimal(amount).setScale(2), "EUR");
    }

    @Test
    void settingABudgetForTheFirstTimeCreatesIt() {
        fixture.givenNoPriorActivity()
                .when(set(OWNER, "400"))
                .expectEvents(wasSet("400"));
    }

    @Test
    void settingAnotherAmountReplacesTheLimit() {
        fixture.given(wasSet("400"))
                .when(set(OWNER, "350.5"))
                .expectEvents(wasSet("350.50"));
    }

    @Test
    void settingTheSameAmountAgainAppliesNoEvent() {
        fixture.given(wasSet("400"))
                .when(set(OWNER, "400.0"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotSetAnotherUsersBudget() {
        fixture.given(wasSet("400"))
                .when(set(STRANGER, "10"))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void removingABudgetKeepsItsHistory() {
        fixture.given(wasSet("400"))
                .when(new RemoveBudgetCommand(BUDGET, OWNER))
                .expectEvents(new BudgetRemovedEvent(BUDGET, OWNER));
    }

    @Test
    void aRemovedBudgetCannotBeRemovedAgain() {
        fixture.given(wasSet("400"), new BudgetRemovedEvent(BUDGET, OWNER))
                .when(new RemoveBudgetCommand(BUDGET, OWNER))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void settingARemovedBudgetAgainBringsItBack() {
        fixture.given(wasSet("400"), new BudgetRemovedEvent(BUDGET, OWNER))
                .when(set(OWNER, "400"))
                .expectEvents(wasSet("400"));
    }

    @Test
    void cannotRemoveAnotherUsersBudget() {
        fixture.given(wasSet("400"))
                .when(new RemoveBudgetCommand(BUDGET, STRANGER))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
