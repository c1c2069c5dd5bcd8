package com.lifeos.command.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.lifeos.api.account.AccountErasedEvent;
import com.lifeos.api.account.AccountPasswordResetEvent;
import com.lifeos.api.account.AccountProfileUpdatedEvent;
import com.lifeos.api.account.AccountRegisteredEvent;
import com.lifeos.api.account.AccountSettingChangedEvent;
import com.lifeos.api.account.AccountSettingRemovedEvent;
import com.lifeos.api.account.AccountSettingsChangedEvent;
import com.lifeos.api.account.ChangeAccountSettingsCommand;
import com.lifeos.api.account.EraseAccountCommand;
import com.lifeos.api.account.RecordAccountProfileUpdateCommand;
import com.lifeos.api.account.RecordPasswordResetCommand;
import com.lifeos.api.account.RegisterAccountCommand;
import com.lifeos.api.account.RemoveAccountSettingCommand;
import com.lifeos.api.account.SetAccountSettingCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person's account as the event log sees it: who it is (the user id), what it may do, and the
 * calendar its days are judged in. Everything personal about it lives outside the log.
 */
@Aggregate
class Account {

    static final String BASE_ROLE = "USER";
    /** The account's calendar: changed with {@link ChangeAccountSettingsCommand}, never as a preference. */
    static final Set<String> CALENDAR_KEYS = Set.of("timezone", "week_start");

    @AggregateIdentifier
    private UUID userId;
    private ZoneId timezone;
    private DayOfWeek weekStart;
    private Map<String, String> preferences = new HashMap<>();

    Account() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    Account(RegisterAccountCommand command) {
        requireId(command.userId());
        if (command.roles() == null || !command.roles().contains(BASE_ROLE)) {
            throw new IllegalArgumentException("every account has the " + BASE_ROLE + " role");
        }
        requireCalendar(command.timezone(), command.weekStart());
        apply(new AccountRegisteredEvent(command.userId(), command.roles(), command.timezone(), command.weekStart()));
    }

    /** Records a change only when the zone or the week start really differs: repeating one is harmless. */
    @CommandHandler
    void handle(ChangeAccountSettingsCommand command) {
        requireCalendar(command.timezone(), command.weekStart());
        if (command.timezone().equals(timezone) && command.weekStart() == weekStart) {
            return;
        }
        apply(new AccountSettingsChangedEvent(userId, command.timezone(), command.weekStart()));
    }

    @CommandHandler
    void handle(RecordAccountProfileUpdateCommand command) {
        apply(new AccountProfileUpdatedEvent(userId));
    }

    @CommandHandler
    void handle(RecordPasswordResetCommand command) {
        apply(new AccountPasswordResetEvent(userId));
    }

    /** Sets a preference; setting the value it already has records nothing. */
    @CommandHandler
    void handle(SetAccountSettingCommand command) {
        if (CALENDAR_KEYS.contains(command.key())) {
            throw new IllegalArgumentException(command.key() + " is part of the account's calendar");
        }
        if (Objects.equals(preferences.get(command.key()), command.value())) {
            return;
        }
        if (!preferences.containsKey(command.key()) && preferences.size() >= SetAccountSettingCommand.MAX_KEYS) {
            throw new IllegalStateException("an account keeps at most " + SetAccountSettingCommand.MAX_KEYS
                    + " settings besides its calendar");
        }
        apply(new AccountSettingChangedEvent(userId, command.key(), command.value()));
    }

    /** Removes a preference; an unknown key is a not-found for the caller. */
    @CommandHandler
    void handle(RemoveAccountSettingCommand command) {
        if (!preferences.containsKey(command.key())) {
            throw new IllegalArgumentException("no setting named " + command.key());
        }
        apply(new AccountSettingRemovedEvent(userId, command.key()));
    }

    /** The last event of an account: afterwards it refuses every command. */
    @CommandHandler
    void handle(EraseAccountCommand command) {
        apply(new AccountErasedEvent(userId));
    }

    @EventSourcingHandler
    void on(AccountRegisteredEvent event) {
        userId = event.userId();
        takeCalendar(event.timezone(), event.weekStart());
    }

    @EventSourcingHandler
    void on(AccountSettingsChangedEvent event) {
        takeCalendar(event.timezone(), event.weekStart());
    }

    @EventSourcingHandler
    void on(AccountSettingChangedEvent event) {
        preferences.put(event.key(), event.value());
    }

    @EventSourcingHandler
    void on(AccountSettingRemovedEvent event) {
        preferences.remove(event.key());
    }

    @EventSourcingHandler
    void on(AccountErasedEvent event) {
        markDeleted();
    }

    private static void requireId(UUID userId) {
        if (userId == null) {
            throw new IllegalArgumentException("an account needs a user id");
        }
    }

    /** Registration and a settings change both carry the whole calendar. */
    private void takeCalendar(ZoneId timezone, DayOfWeek weekStart) {
        this.timezone = timezone;
        this.weekStart = weekStart;
    }

    private static void requireCalendar(ZoneId timezone, DayOfWeek weekStart) {
        if (timezone == null) {
            throw new IllegalArgumentException("an account needs a time zone");
        }
        if (weekStart == null) {
            throw new IllegalArgumentException("an account needs a week start");
        }
    }
}
