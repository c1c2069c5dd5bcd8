package com.lifeos.identity.token;

import java.util.Base64;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Bcrypt over the SHA-256 of the password. Bcrypt reads at most 72 bytes (Spring Security rejects
 * longer input), while LifeOS accepts passwords of up to 128 characters, which can be several hundred
 * bytes in UTF-8. The Base64 of the digest is 44 ASCII characters, so every character of every password
 * counts, and the stored value is an ordinary bcrypt hash.
 */
public final class PrehashingBcryptPasswordEncoder implements PasswordEncoder {

    private final BCryptPasswordEncoder bcrypt;

    public PrehashingBcryptPasswordEncoder(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(prehash(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return rawPassword != null && bcrypt.matches(prehash(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private static String prehash(CharSequence rawPassword) {
        return Base64.getEncoder().encodeToString(SecretTokens.sha256(rawPassword.toString()));
    }
}
