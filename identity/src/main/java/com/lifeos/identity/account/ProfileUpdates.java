package com.lifeos.identity.account;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.account.ChangeAccountSettingsCommand;
import com.lifeos.api.account.RecordAccountProfileUpdateCommand;
import com.lifeos.shared.error.Unauthenticated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes what a person may change about their account. Fields absent from the request keep their
 * value. The log learns that the calendar changed (with the new zone and week start, which every
 * projection judging days needs) and that the profile changed (without the personal values).
 */
@Service
public class ProfileUpdates {

    private final Accounts accounts;
    private final AccountCommands commands;
    private final Clock clock;

    ProfileUpdates(Accounts accounts, AccountCommands commands, Clock clock) {
        this.accounts = accounts;
        this.commands = commands;
        this.clock = clock;
    }

    @Transactional
    public AccountRow update(UUID accountId, UpdateProfileRequest request) {
        AccountRow before = accounts.lock(accountId)
                .orElseThrow(() -> new Unauthenticated("This account no longer exists."));
        AccountRow after = new AccountRow(before.id(), before.email(),
                request.firstName() == null ? before.firstName() : Text.orNull(request.firstName()),
                request.lastName() == null ? before.lastName() : Text.orNull(request.lastName()),
                request.avatarUrl() == null ? before.avatarUrl() : Text.orNull(request.avatarUrl()),
                request.timezone() == null ? before.timezone() : ZoneId.of(request.timezone()),
                request.weekStart() == null ? before.weekStart() : request.weekStart(),
                before.roles(), before.createdAt(), Now.of(clock));
        boolean calendarChanged = !after.settings().equals(before.settings());
        boolean profileChanged = !Objects.equals(after.firstName(), before.firstName())
                || !Objects.equals(after.lastName(), before.lastName())
                || !Objects.equals(after.avatarUrl(), before.avatarUrl());
        if (!calendarChanged && !profileChanged) {
            return before;
        }
        if (calendarChanged) {
            commands.send(accountId, new ChangeAccountSettingsCommand(accountId, after.timezone(), after.weekStart()));
        }
        if (profileChanged) {
            commands.send(accountId, new RecordAccountProfileUpdateCommand(accountId));
        }
        accounts.updateProfile(after);
        return after;
    }
}
