package com.lifeos.api.shared;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ChecksTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void aCommandWithoutItsTargetNamesTheMissingIdField() {
        assertThatNullPointerException().isThrownBy(() -> Checks.addressed("goalId", null, ID))
                .withMessage("goalId");
        assertThatNullPointerException().isThrownBy(() -> Checks.addressed("goalId", ID, null))
                .withMessage("userId");
    }

    @Test
    void aMissingRequiredValueIsBadInputNamingItsField() {
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.present("entry_date", null))
                .withMessage("entry_date must not be empty");
        assertThat(Checks.present("entry_date", LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aLocalDayOutsideTheBoundsIsBadInputAndAMissingOneIsABug() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Checks.localDay("date", LocalDate.of(1899, 12, 31), TODAY, "UTC"))
                .withMessage("date " + DateBounds.MESSAGE);
        assertThatNullPointerException().isThrownBy(() -> Checks.localDay("date", null, TODAY, "UTC"))
                .withMessage("date");
        assertThatNullPointerException().isThrownBy(() -> Checks.localDay("date", TODAY, TODAY, null))
                .withMessage("zone");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void aPercentageOutsideZeroToAHundredIsRefused(int value) {
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.percent("progress", value))
                .withMessage("progress must be between 0 and 100");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100})
    void theEndsOfThePercentageRangeAreAccepted(int value) {
        assertThat(Checks.percent("progress", value)).isEqualTo(value);
    }

    @Test
    void aReplacementTextMayBeAbsentButNotBlank() {
        assertThat(Texts.replacement("title", null, Texts.TITLE_MAX)).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.replacement("title", " ", Texts.TITLE_MAX))
                .withMessage("title must not be empty");
    }

    @Test
    void aPlanMayNotStartAfterItEndsAndNeedsTheSendersToday() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DateBounds.requirePlan("start_date", TODAY, "due_date", TODAY.minusDays(1), TODAY))
                .withMessageStartingWith("start_date must not be after due_date");
        assertThatNullPointerException()
                .isThrownBy(() -> DateBounds.requirePlan("start_date", TODAY, "due_date", TODAY, null))
                .withMessage("today");
    }
}
