package com.lifeos.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.lifeos.identity.account.LifeosWebProperties;
import com.lifeos.app.web.SinglePageApp;
import com.lifeos.identity.account.Role;
import com.lifeos.identity.token.JwtKeys;
import com.lifeos.identity.token.JwtProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. The API is stateless: every request except the public ones below carries a
 * LifeOS access token, checked here against the configured public key and issuer, with {@code exp} and
 * {@code iat} required, and then against its account as it is now ({@link AccountAuthentications}): the
 * account's current roles become {@code ROLE_<name>} authorities, and ADMIN implies every other role, both
 * for these rules and for {@code @PreAuthorize} on controllers.
 * <p>
 * The web app (web.SinglePageApp): its files and pages are public, and carry its Content-Security-Policy.
 * <p>
 * Browser pages on other origins: only those listed in {@code lifeos.web.allowed-origins} ({@link BrowserOrigins});
 * their preflights are answered before any token is asked for.
 * <p>
 * Actuator: liveness and readiness are public; {@code /actuator/health} is public too but shows its details
 * (components, database, disk) only to ADMIN ({@code management.endpoint.health.show-details: when-authorized});
 * every other endpoint (metrics, prometheus) needs ADMIN, unless the request arrived on a separate management
 * port ({@code management.server.port}), which is meant for a scraper on a private network and is open.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Reachable without a token; a token sent to them anyway is ignored, so a stale one cannot block a refresh.
     * The live socket's handshake is open because browsers cannot set headers on it: its STOMP CONNECT frame
     * carries the token instead, checked by the socket itself (live.StompGate).
     */
    static final String[] PUBLIC_PATHS = {
            "/api/auth/register", "/api/auth/login", "/api/auth/refresh", "/api/auth/logout",
            "/api/auth/forgot-password", "/api/auth/reset-password",
            "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/info",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/ws",
            "/error",
            "/problems", "/problems/*"
    };

    /**
     * Reachable without a token, but a token sent is checked (an invalid one answers 401): the health endpoint shows
     * an ADMIN its details and everyone else only the overall status.
     */
    static final String[] HEALTH_PATHS = {"/actuator/health", "/actuator/health/**"};

    static final String[] ACTUATOR_PATHS = {"/actuator", "/actuator/**"};

    /** A token's issue time may lie this far in the future, for clocks of instances that differ slightly. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    @Bean
    JwtDecoder jwtDecoder(JwtKeys keys, JwtProperties properties, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(keys.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator(properties.issuer(), clock));
        return decoder;
    }

    /** Issuer, expiry and issue time are all required: a token without {@code exp} would never expire. */
    private static OAuth2TokenValidator<Jwt> validator(String issuer, Clock clock) {
        JwtTimestampValidator lifetime = new JwtTimestampValidator(CLOCK_SKEW);
        lifetime.setAllowEmptyExpiryClaim(false);
        lifetime.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(
                lifetime,
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<Instant>(JwtClaimNames.IAT,
                        issuedAt -> issuedAt != null && !issuedAt.isAfter(clock.instant().plus(CLOCK_SKEW))));
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.USER.name(), Role.AUDITOR.name(), Role.ANALYST.name())
                .build();
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder jwtDecoder, SecurityProblems problems,
                                    AccountAuthentications accounts, LifeosWebProperties web) throws Exception {
        RequestMatcher publicPaths = paths(PUBLIC_PATHS);
        RequestMatcher appFiles = request -> (HttpMethod.GET.matches(request.getMethod())
                || HttpMethod.HEAD.matches(request.getMethod())) && SinglePageApp.isAppPath(request);
        return http
                .addFilter(BrowserOrigins.filter(web, problems))
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        SinglePageApp::isAppPath,
                        new StaticHeadersWriter("Content-Security-Policy", SinglePageApp.CONTENT_SECURITY_POLICY))))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(publicPaths).permitAll()
                        .requestMatchers(paths(HEALTH_PATHS)).permitAll()
                        .requestMatchers(new ManagementServerRequests()).permitAll()
                        .requestMatchers(paths(ACTUATOR_PATHS)).hasRole(Role.ADMIN.name())
                        .requestMatchers(appFiles).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(ignoringTokensOn(new OrRequestMatcher(publicPaths, appFiles)))
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(accounts))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    private static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher[] matchers = new RequestMatcher[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            matchers[i] = paths.matcher(patterns[i]);
        }
        return new OrRequestMatcher(matchers);
    }

    private static BearerTokenResolver ignoringTokensOn(RequestMatcher publicPaths) {
        DefaultBearerTokenResolver fromHeader = new DefaultBearerTokenResolver();
        return request -> publicPaths.matches(request) ? null : fromHeader.resolve(request);
    }
}
