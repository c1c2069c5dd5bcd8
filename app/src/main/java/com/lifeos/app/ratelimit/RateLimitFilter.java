package com.lifeos.app.ratelimit;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import com.lifeos.app.web.ProblemResponses;
import com.lifeos.app.web.ProblemType;
import com.lifeos.shared.error.TooManyRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Applies the request limits. It runs after Spring Security (the default filter order), so an authenticated
 * request is counted for its user; the sign-in endpoints, which have no user yet, are counted per client address
 * (behind a proxy, set {@code server.forward-headers-strategy} so that is the client's). Health and metrics are
 * never limited: monitoring must keep working when a client misbehaves.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

    static final Set<String> AUTH_PATHS = Set.of("/api/auth/register", "/api/auth/login", "/api/auth/refresh",
            "/api/auth/forgot-password", "/api/auth/reset-password");

    private final RateLimits limits;

    RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return normalisedPath(request).startsWith("/actuator/");
    }

    /**
     * The path as the application resolves it, whatever its spelling: percent-decoded, without {@code ;} parameters,
     * repeated slashes merged, no trailing slash, in lower case. {@code /api/auth/%72egister},
     * {@code //api/auth/register/} and {@code /API/Auth/register} all count as {@code /api/auth/register}, so no
     * spelling gets an allowance of its own. Spellings that Spring Security refuses before this filter (the
     * firewall's 400, or 401 for a path that is no sign-in path) never reach a handler, so they need no count.
     */
    static String normalisedPath(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request)
                .replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            if (AUTH_PATHS.contains(normalisedPath(request))) {
                limits.requireAuthAllowed(request.getRemoteAddr());
            } else if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
                limits.requireUserAllowed(token.getName());
            }
        } catch (TooManyRequests over) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(over.retryAfterSeconds()));
            ProblemResponses.write(request, response, ProblemType.TOO_MANY_REQUESTS.problem(over.getMessage(), null));
            return;
        }
        chain.doFilter(request, response);
    }
}
