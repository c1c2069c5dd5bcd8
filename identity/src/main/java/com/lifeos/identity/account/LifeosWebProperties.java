package com.lifeos.identity.account;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web app people use LifeOS through.
 *
 * @param baseUrl        where it is served, for links in mail (e.g. {@code https://app.example.org}); no trailing slash
 *                       needed
 * @param allowedOrigins browser origins other than the API's own that may call the API and open the live socket
 *                       ({@code https://app.example.org}, {@code http://localhost:5173}; a pattern such as
 *                       {@code https://*.example.org} too). None by default: a browser client must then be served from
 *                       the API's own origin.
 */
@ConfigurationProperties(prefix = "lifeos.web")
public record LifeosWebProperties(@DefaultValue("http://localhost:8080") String baseUrl, List<String> allowedOrigins) {

    public LifeosWebProperties {
        baseUrl = withoutTrailingSlashes(baseUrl);
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("lifeos.web.base-url must be an http(s) URL, not " + baseUrl);
        }
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins.stream()
                .map(LifeosWebProperties::withoutTrailingSlashes)
                .filter(origin -> !origin.isEmpty())
                .peek(LifeosWebProperties::requireOrigin)
                .toList();
    }

    private static String withoutTrailingSlashes(String value) {
        String stripped = value.strip();
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    /**
     * An origin is a scheme, a host and maybe a port, nothing more: a path would never match what a browser sends in
     * {@code Origin}, so it is refused at start-up rather than silently denying every request.
     */
    private static void requireOrigin(String origin) {
        if (origin.equals("*")) {
            return;
        }
        URI uri;
        try {
            uri = URI.create(origin.replace("*", "wildcard"));
        } catch (IllegalArgumentException notAUri) {
            throw invalidOrigin(origin);
        }
        boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        if (!web || uri.getRawAuthority() == null || uri.getRawPath() != null && !uri.getRawPath().isEmpty()
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw invalidOrigin(origin);
        }
    }

    private static IllegalArgumentException invalidOrigin(String origin) {
        return new IllegalArgumentException("lifeos.web.allowed-origins must list origins such as "
                + "https://app.example.org or http://localhost:5173 (scheme, host and port only), not " + origin);
    }
}
