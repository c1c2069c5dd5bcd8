package com.lifeos.app.account;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import com.lifeos.identity.account.SignedIn;
import com.lifeos.identity.token.JwtProperties;
import com.lifeos.shared.error.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * Where a sign-in's refresh token travels. API clients hold it themselves: it is in the JSON of register, login and
 * refresh, and they send it back in the body of refresh and logout. A browser page ({@code X-LifeOS-Client: web}) must
 * not be able to read it, so that a script injected into the page cannot steal the sign-in: the token is the
 * HttpOnly cookie {@value #COOKIE}, sent by the browser to {@code /api/auth} only, and never in the JSON.
 * <p>
 * Against cross-site request forgery the cookie is read only on requests that carry the header: a page of another
 * site can make the browser send the cookie with a form, but cannot add a header (that would need a CORS preflight,
 * which {@code lifeos.web.allowed-origins} decides and which never allows credentials); and {@code SameSite=Strict}
 * keeps the browser from sending the cookie along with any request another site starts.
 */
@Component
class BrowserSessions {

    static final String CLIENT_HEADER = "X-LifeOS-Client";
    static final String COOKIE = "lifeos_refresh";
    private static final String COOKIE_PATH = "/api/auth";

    static final String CLIENT_HEADER_DESCRIPTION = "`web` for a browser page: the refresh token is then the HttpOnly "
            + "cookie `" + COOKIE + "` (Path=" + COOKIE_PATH + ", SameSite=Strict) instead of `refresh_token` in the "
            + "JSON; register, login and refresh set it, refresh and logout read it (their body is then empty, or {}), "
            + "and logout or a refused refresh clears it. Without this header the cookie is never read.";
    static final String BODY_DESCRIPTION = "Required, unless the request has `" + CLIENT_HEADER + ": web`: the "
            + "refresh token is then the cookie, and the body is left out (or {}).";
    static final String COOKIE_DESCRIPTION = "The browser's refresh token, read only with `" + CLIENT_HEADER
            + ": web`.";

    private final Duration refreshTokenTtl;
    private final Validator validator;

    BrowserSessions(JwtProperties jwt, Validator validator) {
        this.refreshTokenTtl = jwt.refreshTokenTtl();
        this.validator = validator;
    }

    /** A new sign-in or refresh as the client gets it: a browser's refresh token moves from the JSON into the cookie. */
    SignedIn handOver(ClientKind client, SignedIn signedIn, HttpServletResponse response) {
        if (client != ClientKind.WEB) {
            return signedIn;
        }
        setCookie(response, signedIn.refreshToken(), refreshTokenTtl);
        return signedIn.withoutRefreshToken();
    }

    /**
     * The refresh token a refresh or logout presents: a browser's cookie (empty when it sent none), or the body of
     * every other client, which must name it as it always had to.
     */
    Optional<String> presented(ClientKind client, String cookie, RefreshTokenRequest body, HttpServletRequest request) {
        if (client == ClientKind.WEB) {
            if (body != null && body.refreshToken() != null) {
                throw new InvalidFieldException("refresh_token", "must be left out: with " + CLIENT_HEADER
                        + ": web the refresh token is the " + COOKIE + " cookie");
            }
            return Optional.ofNullable(cookie).filter(token -> !token.isBlank());
        }
        if (body == null) {
            throw new HttpMessageNotReadableException("Required request body is missing",
                    new ServletServerHttpRequest(request));
        }
        Set<ConstraintViolation<RefreshTokenRequest>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return Optional.of(body.refreshToken());
    }

    /** Ends a browser's hold on its sign-in (after logout, or a refresh refused); other clients have no cookie. */
    void forget(ClientKind client, HttpServletResponse response) {
        if (client == ClientKind.WEB) {
            setCookie(response, "", Duration.ZERO);
        }
    }

    private static void setCookie(HttpServletResponse response, String value, Duration maxAge) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
                .path(COOKIE_PATH)
                .httpOnly(true)
                .secure(true)
                .sameSite("Strict")
                .maxAge(maxAge)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
