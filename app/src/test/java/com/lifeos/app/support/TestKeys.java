package com.lifeos.app.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Keys generated once per test JVM, given to the app the way an operator would configure them. */
public final class TestKeys {

    private static final KeyPair JWT = rsa();
    private static final byte[] MASTER = random(32);

    private TestKeys() {
    }

    public static String jwtPrivateKeyPem() {
        return pem("PRIVATE KEY", JWT.getPrivate().getEncoded());
    }

    public static String jwtPublicKeyPem() {
        return pem("PUBLIC KEY", JWT.getPublic().getEncoded());
    }

    /**
     * A token LifeOS could have issued to a user who never signed out (token version 0), signed with this run's key,
     * with the given issuer and expiry.
     */
    public static String accessToken(UUID subject, String issuer, Instant expiresAt) {
        return signed(JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(subject.toString())
                .issuedAt(expiresAt.minus(Duration.ofMinutes(15)))
                .expiresAt(expiresAt)
                .claim("roles", List.of("USER"))
                .claim("token_version", 0L)
                .build());
    }

    /** Any claims, signed with this run's key as LifeOS signs its tokens. */
    public static String signed(JwtClaimsSet claims) {
        return NimbusJwtEncoder.withKeyPair((RSAPublicKey) JWT.getPublic(), (RSAPrivateKey) JWT.getPrivate()).build()
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    public static String masterKeyBase64() {
        return Base64.getEncoder().encodeToString(MASTER);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
