package com.lifeos.app.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The live-update socket. {@code expiryCheck}: how often open sessions are checked for an expired token. Which
 * browser origins may open it is {@code lifeos.web.allowed-origins}, as for the rest of the API.
 */
@ConfigurationProperties("lifeos.live")
public record LiveProperties(Duration expiryCheck) {

    public LiveProperties {
        expiryCheck = expiryCheck == null ? Duration.ofSeconds(5) : expiryCheck;
    }
}
