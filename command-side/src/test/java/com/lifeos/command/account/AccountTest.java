package com.lifeos.command.account;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.lifeos.api.account.AccountErasedEvent;
import com.lifeos.api.account.AccountPasswordResetEvent;
import com.lifeos.api.account.AccountSettingChangedEvent;
import com.lifeos.api.account.AccountSettingRemovedEvent;
import com.lifeos.api.account.EraseAccountCommand;
import com.lifeos.api.account.RemoveAccountSettingCommand;
import com.lifeos.api.account.SetAccountSettingCommand;
import com.lifeos.api.account.AccountProfileUpdatedEvent;
import com.lifeos.api.account.AccountRegisteredEvent;
import com.lifeos.api.account.AccountSettingsChangedEvent;
import com.lifeos.api.account.ChangeAccountSettingsCommand;
import com.lifeos.api.account.RecordAccountProfileUpdateCommand;
import com.lifeos.api.account.RecordPasswordResetCommand;
import com.lifeos.api.account.RegisterAccountCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final UUID USER_ID = UUID.fromString("7d1f3a52-0c4e-4b8e-9a51-2f6f1c9d3e10");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
    }

    private static AccountRegisteredEvent registered() {
        return new AccountRegisteredEvent(USER_ID, Set.of("USER"), UTC, DayOfWeek.MONDAY);
    }

    @Test
    void canRegisterAnAccountWithTheUserRole() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccountCommand(USER_ID, Set.of("USER"), UTC, DayOfWeek.MONDAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountRegisteredEvent(USER_ID, Set.of("USER"), UTC, DayOfWeek.MONDAY));
    }

    @Test
    void canRegisterAnAdministrator() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccountCommand(USER_ID, Set.of("USER", "ADMIN"), TOKYO, DayOfWeek.SUNDAY))
                .expectEvents(new AccountRegisteredEvent(USER_ID, Set.of("USER", "ADMIN"), TOKYO, DayOfWeek.SUNDAY));
    }

    @Test
    void cannotRegisterWithoutTheUserRole() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccountCommand(USER_ID, Set.of("ADMIN"), UTC, DayOfWeek.MONDAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithoutRoles() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccountCommand(USER_ID, null, UTC, DayOfWeek.MONDAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithoutAUserId() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccountCommand(null, Set.of("USER"), UTC, DayOfWeek.MONDAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithoutATimeZone() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccountCommand(USER_ID, Set.of("USER"), null, DayOfWeek.MONDAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithoutAWeekStart() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccountCommand(USER_ID, Set.of("USER"), UTC, null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void changingTheTimeZoneRecordsTheNewSettings() {
        fixture.given(registered())
                .when(new ChangeAccountSettingsCommand(USER_ID, TOKYO, DayOfWeek.MONDAY))
                .expectEvents(new AccountSettingsChangedEvent(USER_ID, TOKYO, DayOfWeek.MONDAY));
    }

    @Test
    void changingTheWeekStartRecordsTheNewSettings() {
        fixture.given(registered())
                .when(new ChangeAccountSettingsCommand(USER_ID, UTC, DayOfWeek.SUNDAY))
                .expectEvents(new AccountSettingsChangedEvent(USER_ID, UTC, DayOfWeek.SUNDAY));
    }

    @Test
    void settingTheSameSettingsAgainRecordsNothing() {
        fixture.given(registered())
                .when(new ChangeAccountSettingsCommand(USER_ID, UTC, DayOfWeek.MONDAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void settingsCompareAgainstTheLatestChange() {
        fixture.given(registered(), new AccountSettingsChangedEvent(USER_ID, TOKYO, DayOfWeek.SUNDAY))
                .when(new ChangeAccountSettingsCommand(USER_ID, TOKYO, DayOfWeek.SUNDAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotChangeToNoTimeZone() {
        fixture.given(registered())
                .when(new ChangeAccountSettingsCommand(USER_ID, null, DayOfWeek.MONDAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void cannotChangeToNoWeekStart() {
        fixture.given(registered())
                .when(new ChangeAccountSettingsCommand(USER_ID, TOKYO, null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aProfileUpdateIsRecordedWithoutItsValues() {
        fixture.given(registered())
                .when(new RecordAccountProfileUpdateCommand(USER_ID))
                .expectEvents(new AccountProfileUpdatedEvent(USER_ID));
    }

    @Test
    void aPasswordResetIsRecorded() {
        fixture.given(registered())
                .when(new RecordPasswordResetCommand(USER_ID))
                .expectEvents(new AccountPasswordResetEvent(USER_ID));
    }

    @Test
    void aPreferenceIsSetChangedAndRemoved() {
        fixture.given(registered())
                .when(new SetAccountSettingCommand(USER_ID, "currency", "EUR"))
                .expectEvents(new AccountSettingChangedEvent(USER_ID, "currency", "EUR"));
        fixture.given(registered(), new AccountSettingChangedEvent(USER_ID, "currency", "EUR"))
                .when(new RemoveAccountSettingCommand(USER_ID, "currency"))
                .expectEvents(new AccountSettingRemovedEvent(USER_ID, "currency"));
    }

    @Test
    void settingAPreferenceToItsValueRecordsNothing() {
        fixture.given(registered(), new AccountSettingChangedEvent(USER_ID, "currency", "EUR"))
                .when(new SetAccountSettingCommand(USER_ID, "currency", "EUR"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theCalendarIsNotAPreference() {
        fixture.given(registered())
                .when(new SetAccountSettingCommand(USER_ID, "timezone", "Asia/Tokyo"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void cannotRemoveAnUnknownPreference() {
        fixture.given(registered())
                .when(new RemoveAccountSettingCommand(USER_ID, "nope"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void keepsAtMostAHundredPreferences() {
        List<Object> history = new ArrayList<>(List.of(registered()));
        for (int i = 0; i < SetAccountSettingCommand.MAX_KEYS; i++) {
            history.add(new AccountSettingChangedEvent(USER_ID, "k" + i, "v"));
        }
        fixture.given(history)
                .when(new SetAccountSettingCommand(USER_ID, "one.more", "v"))
                .expectException(IllegalStateException.class);
        fixture.given(history)
                .when(new SetAccountSettingCommand(USER_ID, "k7", "changed"))
                .expectEvents(new AccountSettingChangedEvent(USER_ID, "k7", "changed"));
    }

    @Test
    void anErasedAccountRefusesEveryCommand() {
        fixture.given(registered())
                .when(new EraseAccountCommand(USER_ID))
                .expectEvents(new AccountErasedEvent(USER_ID));
        fixture.given(registered(), new AccountErasedEvent(USER_ID))
                .when(new SetAccountSettingCommand(USER_ID, "currency", "EUR"))
                .expectException(AggregateDeletedException.class);
    }
}
