package com.lifeos.app.security;

import java.io.IOException;

import com.lifeos.app.web.ProblemResponses;
import com.lifeos.app.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Renders the security filters' refusals the way the rest of the API renders errors: RFC 9457
 * problem details. 401 when there is no usable access token (missing, malformed, tampered, expired,
 * foreign issuer), 403 when the token is fine but its roles do not allow the request, or when a browser page on an
 * origin that is not allowed makes the request.
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean tokenPresented = failure instanceof OAuth2AuthenticationException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                tokenPresented ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(request, response, ProblemType.AUTHENTICATION_REQUIRED, tokenPresented
                ? "The access token is invalid or has expired. Refresh it or sign in again."
                : "This request needs an access token: send it as \"Authorization: Bearer <token>\".");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, ProblemType.FORBIDDEN, "Your account's roles do not allow this request.");
    }

    /** A browser page on an origin that lifeos.web.allowed-origins does not list (see {@link BrowserOrigins}). */
    void refuseOrigin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, ProblemType.FORBIDDEN, "Requests from this origin are not allowed: a browser client "
                + "on another origin must be listed in lifeos.web.allowed-origins.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ProblemType type,
                              String detail) throws IOException {
        ProblemResponses.write(request, response, type.problem(detail, request.getRequestURI()));
    }
}
