package com.lifeos.app.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A request (or a live session's message) authenticated by a LifeOS access token whose account still accepts it:
 * the token, the authorities of the account's current roles, and the {@link Actor} controllers are given.
 */
public final class AccountAuthentication extends JwtAuthenticationToken {

    private final transient Actor actor;

    AccountAuthentication(Jwt token, Collection<? extends GrantedAuthority> authorities, Actor actor) {
        super(token, authorities, token.getSubject());
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }
}
