package com.lifeos.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.lifeos.identity.token.JwtProperties;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues LifeOS access tokens (RS256 JWTs: {@code sub} = user id, {@code roles} = role names,
 * {@code token_version} = the account's token version when issued) and reads those claims back from a validated
 * token. Nothing personal goes into a token.
 */
@Component
public class AccessTokens {

    public static final String ROLES_CLAIM = "roles";
    public static final String TOKEN_VERSION_CLAIM = "token_version";

    private final JwtEncoder encoder;
    private final JwtProperties properties;
    private final Clock clock;

    AccessTokens(JwtEncoder encoder, JwtProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param tokenVersion the account's token version now: the token opens the account until that changes */
    public AccessToken issue(UUID userId, Set<Role> roles, long tokenVersion) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(userId.toString())
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim(ROLES_CLAIM, roles.stream().map(Role::name).sorted().toList())
                .claim(TOKEN_VERSION_CLAIM, tokenVersion)
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
        String value = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new AccessToken(value, properties.accessTokenTtl());
    }

    /** The account a validated token speaks for, if its subject is a LifeOS user id. */
    public static Optional<UUID> userIdOf(Jwt token) {
        try {
            return Optional.ofNullable(token.getSubject()).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The account's token version the token was issued under; empty when it carries none (or not a whole number). */
    public static Optional<Long> tokenVersionOf(Jwt token) {
        Object claim = token.getClaims().get(TOKEN_VERSION_CLAIM);
        if (claim instanceof Long || claim instanceof Integer) {
            return Optional.of(((Number) claim).longValue());
        }
        return Optional.empty();
    }

    /** A signed access token and how long it is accepted ({@code expires_in}). */
    public record AccessToken(String value, Duration ttl) {

        @Override
        public String toString() {
            return "AccessToken[valid for " + ttl + "]";
        }
    }
}
