package com.lifeos.app.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web app people use LifeOS through.
 *
 * @param baseUrl where it is served, for links in mail (e.g. {@code https://app.example.org}); no trailing slash needed
 */
@ConfigurationProperties(prefix = "lifeos.web")
public record LifeosWebProperties(@DefaultValue("http://localhost:8080") String baseUrl) {

    public LifeosWebProperties {
        baseUrl = baseUrl.strip();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("lifeos.web.base-url must be an http(s) URL, not " + baseUrl);
        }
    }
}
