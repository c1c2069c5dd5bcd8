package com.lifeos.app.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.lifeos.identity.account.LifeosWebProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Which browser pages on other origins may call the API ({@code lifeos.web.allowed-origins}; none by default). A
 * preflight is answered here, before any token is looked at; a request from an origin not listed is refused with 403
 * problem details and no {@code Access-Control-Allow-Origin}. Same-origin requests and clients that send no
 * {@code Origin} (curl, servers) are not cross-origin and pass untouched. Access tokens travel in {@code Authorization},
 * never in cookies, so credentials are not allowed: a page can only call with a token it holds itself, and the web
 * app's refresh cookie (account.BrowserSessions) is only ever sent by pages of this server's own origin.
 * <p>
 * The live socket's handshake ({@code /ws}) goes through this filter too, and the socket itself allows the same
 * origins (live.LiveConfiguration).
 */
final class BrowserOrigins {

    /**
     * What a client sends beyond the CORS-safelisted headers: its token, JSON bodies, its own request id, and which
     * kind of client it is on /api/auth (account.BrowserSessions; its cookie itself never crosses origins, as
     * credentials are not allowed).
     */
    static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ACCEPT, "X-Request-Id", "X-LifeOS-Client");

    /** What a client reads beyond the safelisted headers: where a created resource is, ids, limits, downloads. */
    static final List<String> RESPONSE_HEADERS = List.of(HttpHeaders.LOCATION, "X-Request-Id", HttpHeaders.RETRY_AFTER,
            HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.WWW_AUTHENTICATE);

    static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE);

    /** Browsers cap this themselves (Chromium at 2 hours); an hour spares most preflights. */
    private static final Duration PREFLIGHT_CACHE = Duration.ofHours(1);

    private BrowserOrigins() {
    }

    static CorsFilter filter(LifeosWebProperties web, SecurityProblems problems) {
        CorsConfiguration rules = new CorsConfiguration();
        rules.setAllowedOriginPatterns(web.allowedOrigins());
        METHODS.forEach(rules::addAllowedMethod);
        rules.setAllowedHeaders(REQUEST_HEADERS);
        rules.setExposedHeaders(RESPONSE_HEADERS);
        rules.setAllowCredentials(false);
        rules.setMaxAge(PREFLIGHT_CACHE);
        UrlBasedCorsConfigurationSource everywhere = new UrlBasedCorsConfigurationSource();
        everywhere.registerCorsConfiguration("/**", rules);
        CorsFilter filter = new CorsFilter(everywhere);
        filter.setCorsProcessor(refusingAsProblem(problems));
        return filter;
    }

    /** Spring's checks, with the refusal written as the API writes every other one (its own is a plain-text line). */
    private static CorsProcessor refusingAsProblem(SecurityProblems problems) {
        DefaultCorsProcessor checks = new DefaultCorsProcessor() {
            @Override
            protected void rejectRequest(ServerHttpResponse response) {
                // written below, where the request is known
            }
        };
        return new CorsProcessor() {
            @Override
            public boolean processRequest(CorsConfiguration configuration, HttpServletRequest request,
                                          HttpServletResponse response) throws IOException {
                boolean allowed = checks.processRequest(configuration, request, response);
                if (!allowed) {
                    problems.refuseOrigin(request, response);
                }
                return allowed;
            }
        };
    }
}
