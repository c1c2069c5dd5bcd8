package com.lifeos.store.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The key that wraps every user's data key: configured, or generated once for the embedded default only. */
@Component
class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final int LENGTH = 32;

    private final SecretKey key;

    MasterKey(CryptoProperties properties, @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.key = new SecretKeySpec(load(properties, datasourceUrl), "AES");
    }

    SecretKey key() {
        return key;
    }

    private static byte[] load(CryptoProperties properties, String datasourceUrl) {
        String configured = properties.masterKey();
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("LIFEOS_MASTER_KEY");
        }
        if (configured != null && !configured.isBlank()) {
            return decode(configured.trim());
        }
        if (!datasourceUrl.startsWith("jdbc:h2:")) {
            throw new IllegalStateException("No master key: set LIFEOS_MASTER_KEY (or lifeos.crypto.master-key) to "
                    + "the base64 of 32 random bytes, e.g. `openssl rand -base64 32`. Only the embedded H2 default "
                    + "generates one by itself.");
        }
        return generatedForEmbeddedDefault(Path.of(properties.generatedKeyDir(), "master.key"));
    }

    private static byte[] generatedForEmbeddedDefault(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            }
            byte[] fresh = new byte[LENGTH];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
            log.info("Generated a master key for the embedded default at {}", file.toAbsolutePath());
            return fresh;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write the embedded master key at " + file, e);
        }
    }

    private static byte[] decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The master key is not valid base64", e);
        }
        if (bytes.length != LENGTH) {
            throw new IllegalStateException("The master key must be 32 bytes (base64 of 32 random bytes)");
        }
        return bytes;
    }
}
