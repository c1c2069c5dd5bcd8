package com.lifeos.app.security;

import java.util.List;
import java.util.UUID;

import com.lifeos.identity.account.AccessTokens;
import com.lifeos.identity.account.AccountState;
import com.lifeos.identity.account.Accounts;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a validated access token into the acting account, for every request and every live message: the one place
 * a token meets the account it speaks for. The token must name an existing account and carry that account's
 * current token version, so raising the version in the database (logout, password reset) ends every earlier access
 * token at the next request, on every instance, and an erased account's tokens end with its row. The authorities are
 * the account's roles as they are now, not the token's copy, so a role taken away applies at once as well. This is
 * one read of the account per request: the read the {@link Actor} needed anyway.
 */
@Component
public class AccountAuthentications implements Converter<Jwt, AccountAuthentication> {

    private final Accounts accounts;
    private final JwtDecoder tokens;

    AccountAuthentications(Accounts accounts, JwtDecoder tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /**
     * A raw access token (one a live connection presents, where no resource server decodes it first): decoded and
     * validated as a REST request's is, then converted.
     *
     * @throws InvalidBearerTokenException when the token is invalid, expired or no longer opens its account
     */
    public AccountAuthentication authenticate(String token) {
        Jwt jwt;
        try {
            jwt = tokens.decode(token);
        } catch (JwtException invalid) {
            throw refused("The access token is invalid or has expired.");
        }
        return convert(jwt);
    }

    /** @throws InvalidBearerTokenException when the token no longer opens its account */
    @Override
    public AccountAuthentication convert(Jwt token) {
        UUID accountId = AccessTokens.userIdOf(token).orElseThrow(() ->
                refused("The access token names no LifeOS user."));
        long version = AccessTokens.tokenVersionOf(token).orElseThrow(() ->
                refused("The access token carries no token version; sign in again."));
        AccountState account = accounts.state(accountId).orElseThrow(() ->
                refused("The account of this access token no longer exists."));
        if (account.tokenVersion() != version) {
            throw refused("This access token was ended by a sign-out or a password reset; sign in again.");
        }
        List<GrantedAuthority> authorities = account.roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return new AccountAuthentication(token, authorities,
                new Actor(accountId, account.roles(), account.zone(), account.weekStart()));
    }

    private static InvalidBearerTokenException refused(String reason) {
        return new InvalidBearerTokenException(reason);
    }
}
