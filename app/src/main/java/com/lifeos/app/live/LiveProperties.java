package com.lifeos.app.live;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The live-update socket. {@code allowedOrigins}: browser origins allowed to open {@code /ws} (the default allows
 * any: the socket is authenticated by the token in CONNECT, not by cookies); {@code expiryCheck}: how often open
 * sessions are checked for an expired token.
 */
@ConfigurationProperties("lifeos.live")
public record LiveProperties(List<String> allowedOrigins, Duration expiryCheck) {

    public LiveProperties {
        allowedOrigins = allowedOrigins == null || allowedOrigins.isEmpty() ? List.of("*") : List.copyOf(allowedOrigins);
        expiryCheck = expiryCheck == null ? Duration.ofSeconds(5) : expiryCheck;
    }
}
