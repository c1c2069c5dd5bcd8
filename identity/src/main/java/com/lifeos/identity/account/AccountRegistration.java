package com.lifeos.identity.account;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import com.lifeos.api.account.RegisterAccountCommand;
import com.lifeos.shared.error.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts. The row (with the personal data) and the registration event are written in one
 * transaction: the JDBC event store joins the Spring transaction, so a failure of either leaves neither.
 */
@Service
public class AccountRegistration {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
    public static final DayOfWeek DEFAULT_WEEK_START = DayOfWeek.MONDAY;

    private final Accounts accounts;
    private final AccountCommands commands;
    private final Sessions sessions;
    private final PasswordEncoder passwords;
    private final LifeosSecurityProperties security;
    private final Clock clock;

    AccountRegistration(Accounts accounts, AccountCommands commands, Sessions sessions, PasswordEncoder passwords,
                        LifeosSecurityProperties security, Clock clock) {
        this.accounts = accounts;
        this.commands = commands;
        this.sessions = sessions;
        this.passwords = passwords;
        this.security = security;
        this.clock = clock;
    }

    @Transactional
    public SignedIn register(RegisterRequest request) {
        String email = Emails.normalize(request.email());
        Instant now = Now.of(clock);
        AccountRow account = new AccountRow(UUID.randomUUID(), email, Text.orNull(request.firstName()),
                Text.orNull(request.lastName()), null,
                request.timezone() == null ? DEFAULT_ZONE : ZoneId.of(request.timezone()),
                request.weekStart() == null ? DEFAULT_WEEK_START : request.weekStart(),
                security.initialRolesFor(email), now, now);
        try {
            accounts.insert(account, passwords.encode(request.password()));
        } catch (DuplicateKeyException e) {
            throw new Conflict("An account with this email already exists.");
        }
        // sorted, so the stored event's JSON does not depend on hash order
        Set<String> roleNames = account.roles().stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new));
        commands.send(account.id(),
                new RegisterAccountCommand(account.id(), roleNames, account.timezone(), account.weekStart()));
        return sessions.start(account, now);
    }

    /**
     * Opens an account for a tool rather than a person at a browser (the demo data generator), or finds the one
     * that already has this email: its id, and whether it was opened now.
     */
    @Transactional
    public Opened openOrFind(String email, String password, String firstName, String timezone) {
        Optional<UUID> existing = accounts.idOf(Emails.normalize(email));
        if (existing.isPresent()) {
            return new Opened(existing.get(), false);
        }
        SignedIn signedIn = register(new RegisterRequest(email, password, firstName, null, timezone, null));
        return new Opened(signedIn.user().id(), true);
    }

    public record Opened(UUID accountId, boolean isNew) {
    }
}
