package com.lifeos.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.lifeos.api.account.RecordPasswordResetCommand;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Forgot password": a single-use link by mail, and setting a new password with it. */
@Service
public class PasswordResets {

    private final Accounts accounts;
    private final PasswordResetTokens resetTokens;
    private final RefreshTokens refreshTokens;
    private final AccountCommands commands;
    private final PasswordEncoder passwords;
    private final ResetLinkMailer mailer;
    private final Clock clock;

    PasswordResets(Accounts accounts, PasswordResetTokens resetTokens, RefreshTokens refreshTokens,
                   AccountCommands commands, PasswordEncoder passwords, ResetLinkMailer mailer,
                   Clock clock) {
        this.accounts = accounts;
        this.resetTokens = resetTokens;
        this.refreshTokens = refreshTokens;
        this.commands = commands;
        this.passwords = passwords;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Sends a link when the email has an account; says nothing either way, so emails cannot be probed. */
    public void request(String email) {
        String normalized = Emails.normalize(email);
        accounts.idOf(normalized).ifPresent(accountId ->
                mailer.send(accountId, normalized, resetTokens.issue(accountId, Now.of(clock))));
    }

    /**
     * Sets the new password, uses up the link (and any other outstanding one) and ends every sign-in
     * and every access token of the account, since whoever knew the old password may hold one of them.
     */
    @Transactional
    public void reset(String token, String newPassword) {
        Instant now = Now.of(clock);
        UUID accountId = resetTokens.use(token, now).orElseThrow(() -> new IllegalArgumentException(
                "This password reset link is invalid, used or expired. Ask for a new one."));
        accounts.updatePassword(accountId, passwords.encode(newPassword), now);
        resetTokens.retireAll(accountId, now);
        refreshTokens.revokeAll(accountId, now);
        accounts.endAccessTokens(accountId);
        commands.send(accountId, new RecordPasswordResetCommand(accountId));
    }
}
