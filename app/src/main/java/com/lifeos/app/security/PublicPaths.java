package com.lifeos.app.security;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Tells others (the published API document) which paths {@link SecurityConfiguration} lets in without a token. */
public final class PublicPaths {

    private static final List<PathPattern> PATTERNS = Arrays.stream(SecurityConfiguration.PUBLIC_PATHS)
            .map(PathPatternParser.defaultInstance::parse)
            .toList();

    private PublicPaths() {
    }

    public static boolean matches(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return PATTERNS.stream().anyMatch(pattern -> pattern.matches(container));
    }
}
