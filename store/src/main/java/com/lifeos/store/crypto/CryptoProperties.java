package com.lifeos.store.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lifeos.crypto.master-key} (env LIFEOS_MASTER_KEY also works): base64 of 32 random bytes that
 * wraps every user's data key. Only the embedded default generates one, into {@code generated-key-dir}.
 */
@ConfigurationProperties(prefix = "lifeos.crypto")
record CryptoProperties(String masterKey, String generatedKeyDir) {

    CryptoProperties {
        generatedKeyDir = generatedKeyDir == null || generatedKeyDir.isBlank() ? "./data" : generatedKeyDir;
    }
}
