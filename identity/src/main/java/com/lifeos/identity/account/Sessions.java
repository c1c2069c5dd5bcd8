package com.lifeos.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signing in, keeping a sign-in alive by refreshing, and signing out. */
@Service
public class Sessions {

    /**
     * Checked when the email is unknown, so that answer takes as long as a wrong password and the
     * timing does not reveal which emails have accounts. (A bcrypt hash of a random, discarded password.)
     */
    private final String unknownAccountHash;

    private final Accounts accounts;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Sessions(Accounts accounts, RefreshTokens refreshTokens, AccessTokens accessTokens, PasswordEncoder passwords,
             Clock clock) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.passwords = passwords;
        this.clock = clock;
        this.unknownAccountHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** Starts a new sign-in (a new refresh token family) for the account. */
    @Transactional
    SignedIn start(AccountRow account, Instant now) {
        refreshTokens.purgeExpired(account.id(), now);
        return signedIn(account, refreshTokens.issue(account.id(), UUID.randomUUID(), now));
    }

    /** Empty when the email is unknown or the password wrong; callers answer both the same way. */
    @Transactional
    public Optional<SignedIn> login(String email, String password) {
        var credentials = accounts.credentialsOf(Emails.normalize(email));
        if (credentials.isEmpty()) {
            passwords.matches(password, unknownAccountHash);
            return Optional.empty();
        }
        if (!passwords.matches(password, credentials.get().passwordHash())) {
            return Optional.empty();
        }
        return accounts.find(credentials.get().accountId()).map(account -> start(account, Now.of(clock)));
    }

    /**
     * Swaps a live refresh token for a new pair. Empty when the token is unknown, expired, revoked or
     * already used; in the last case the token's whole sign-in has been ended, and that must stick, so
     * this returns rather than throws (a throw would roll the revocation back). A retry of a refresh whose
     * answer was lost is answered again ({@link RefreshTokens}).
     */
    @Transactional
    public Optional<SignedIn> refresh(String refreshToken) {
        return refreshTokens.rotate(refreshToken, Now.of(clock)).flatMap(rotated -> accounts.find(rotated.accountId())
                .map(account -> signedIn(account, rotated.token())));
    }

    /** Ends the sign-in of this refresh token and every access token of its account, which may be out there. */
    @Transactional
    public void logout(String refreshToken) {
        refreshTokens.revokeFamilyOf(refreshToken, Now.of(clock)).ifPresent(accounts::endAccessTokens);
    }

    private SignedIn signedIn(AccountRow account, String refreshToken) {
        AccessTokens.AccessToken access = accessTokens.issue(account.id(), account.roles(), accounts.tokenVersionOf(account.id()));
        return new SignedIn(AccountView.of(account), access.value(), refreshToken, SignedIn.BEARER,
                access.ttl().toSeconds());
    }
}
