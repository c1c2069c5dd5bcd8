package com.lifeos.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Requests that arrived on the separate management server Spring Boot starts when {@code management.server.port}
 * differs from the server's port. Without that setting the actuator shares the main port and this matches nothing.
 */
final class ManagementServerRequests implements RequestMatcher {

    private static final String MANAGEMENT_NAMESPACE = "management";

    @Override
    public boolean matches(HttpServletRequest request) {
        return WebServerApplicationContext.hasServerNamespace(
                WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()), MANAGEMENT_NAMESPACE);
    }
}
