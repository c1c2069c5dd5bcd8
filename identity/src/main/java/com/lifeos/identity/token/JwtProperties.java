package com.lifeos.identity.token;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How LifeOS signs and checks its own tokens.
 *
 * @param privateKey          PEM, PKCS#8 ({@code BEGIN PRIVATE KEY}) RSA key that signs access tokens
 *                            (env {@code LIFEOS_SECURITY_JWT_PRIVATE_KEY})
 * @param publicKey           PEM, X.509 ({@code BEGIN PUBLIC KEY}) half of the same pair, which checks them
 *                            (env {@code LIFEOS_SECURITY_JWT_PUBLIC_KEY})
 * @param issuer              the {@code iss} claim written and required
 * @param accessTokenTtl      how long an access token is accepted
 * @param refreshTokenTtl     how long an unused refresh token stays valid
 * @param refreshReuseGrace   how long after a refresh its used-up token may be shown once more, when the answer to
 *                            that refresh was lost (a reload or a dropped connection cut it off) and its successor was
 *                            never used; zero refuses every second showing
 * @param generatedKeyDir     where the embedded run keeps the key pair it generates when none is configured
 */
@ConfigurationProperties(prefix = "lifeos.security.jwt")
public record JwtProperties(String privateKey,
                            String publicKey,
                            @DefaultValue("lifeos") String issuer,
                            @DefaultValue("15m") Duration accessTokenTtl,
                            @DefaultValue("30d") Duration refreshTokenTtl,
                            @DefaultValue("30s") Duration refreshReuseGrace,
                            @DefaultValue("./data") Path generatedKeyDir) {

    public JwtProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("lifeos.security.jwt.issuer must not be blank");
        }
        requirePositive("access-token-ttl", accessTokenTtl);
        requirePositive("refresh-token-ttl", refreshTokenTtl);
        if (refreshReuseGrace == null || refreshReuseGrace.isNegative() || refreshReuseGrace.compareTo(refreshTokenTtl) > 0) {
            throw new IllegalArgumentException(
                    "lifeos.security.jwt.refresh-reuse-grace must be zero or positive, and no longer than refresh-token-ttl");
        }
    }

    private static void requirePositive(String name, Duration ttl) {
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("lifeos.security.jwt." + name + " must be a positive duration");
        }
    }
}
