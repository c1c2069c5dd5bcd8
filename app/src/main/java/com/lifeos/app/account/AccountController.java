package com.lifeos.app.account;

import java.net.URI;
import java.util.Optional;

import com.lifeos.app.ratelimit.SignInThrottle;
import com.lifeos.app.security.Actor;
import com.lifeos.identity.account.AccountView;
import com.lifeos.identity.account.Accounts;
import com.lifeos.identity.account.AccountRegistration;
import com.lifeos.identity.account.Emails;
import com.lifeos.identity.account.PasswordResets;
import com.lifeos.identity.account.ProfileUpdates;
import com.lifeos.identity.account.RegisterRequest;
import com.lifeos.identity.account.Sessions;
import com.lifeos.identity.account.SignedIn;
import com.lifeos.identity.account.UpdateProfileRequest;
import com.lifeos.shared.error.Unauthenticated;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and sign-in: {@code /api/auth}. Where a refresh token travels, body or cookie: {@link BrowserSessions}. */
@RestController
@RequestMapping("/api/auth")
class AccountController {

    static final URI ME = URI.create("/api/auth/me");

    private final AccountRegistration registration;
    private final Sessions sessions;
    private final PasswordResets passwordResets;
    private final ProfileUpdates profileUpdates;
    private final Accounts accounts;
    private final SignInThrottle signInThrottle;
    private final BrowserSessions browsers;

    AccountController(AccountRegistration registration, Sessions sessions, PasswordResets passwordResets,
                      ProfileUpdates profileUpdates, Accounts accounts, SignInThrottle signInThrottle,
                      BrowserSessions browsers) {
        this.signInThrottle = signInThrottle;
        this.browsers = browsers;
        this.registration = registration;
        this.sessions = sessions;
        this.passwordResets = passwordResets;
        this.profileUpdates = profileUpdates;
        this.accounts = accounts;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SignedIn> register(@Valid @RequestBody RegisterRequest request,
                                      @Parameter(description = BrowserSessions.CLIENT_HEADER_DESCRIPTION)
                                      @RequestHeader(name = BrowserSessions.CLIENT_HEADER, required = false)
                                      ClientKind client,
                                      HttpServletResponse response) {
        return ResponseEntity.created(ME).body(browsers.handOver(client, registration.register(request), response));
    }

    @PostMapping("/login")
    SignedIn login(@Valid @RequestBody LoginRequest request,
                   @Parameter(description = BrowserSessions.CLIENT_HEADER_DESCRIPTION)
                   @RequestHeader(name = BrowserSessions.CLIENT_HEADER, required = false) ClientKind client,
                   HttpServletRequest http, HttpServletResponse response) {
        String account = Emails.normalize(request.email());
        signInThrottle.requireAttemptAllowed(account, http.getRemoteAddr());
        SignedIn signedIn = sessions.login(request.email(), request.password()).orElseThrow(() -> {
            signInThrottle.recordFailure(account);
            return new Unauthenticated("The email or the password is wrong.");
        });
        signInThrottle.recordSuccess(account, http.getRemoteAddr());
        return browsers.handOver(client, signedIn, response);
    }

    /** The body names the refresh token, or (a browser) the cookie is it; either way it is used up. */
    @PostMapping("/refresh")
    SignedIn refresh(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = BrowserSessions.BODY_DESCRIPTION)
            @RequestBody(required = false) RefreshTokenRequest request,
            @Parameter(description = BrowserSessions.CLIENT_HEADER_DESCRIPTION)
            @RequestHeader(name = BrowserSessions.CLIENT_HEADER, required = false) ClientKind client,
            @Parameter(description = BrowserSessions.COOKIE_DESCRIPTION)
            @CookieValue(name = BrowserSessions.COOKIE, required = false) String cookie,
            HttpServletRequest http, HttpServletResponse response) {
        Optional<SignedIn> refreshed = browsers.presented(client, cookie, request, http).flatMap(sessions::refresh);
        if (refreshed.isEmpty()) {
            browsers.forget(client, response);
            throw new Unauthenticated(
                    "The refresh token is invalid, expired or already used. Sign in again.");
        }
        return browsers.handOver(client, refreshed.get(), response);
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = BrowserSessions.BODY_DESCRIPTION)
            @RequestBody(required = false) RefreshTokenRequest request,
            @Parameter(description = BrowserSessions.CLIENT_HEADER_DESCRIPTION)
            @RequestHeader(name = BrowserSessions.CLIENT_HEADER, required = false) ClientKind client,
            @Parameter(description = BrowserSessions.COOKIE_DESCRIPTION)
            @CookieValue(name = BrowserSessions.COOKIE, required = false) String cookie,
            HttpServletRequest http, HttpServletResponse response) {
        browsers.presented(client, cookie, request, http).ifPresent(sessions::logout);
        browsers.forget(client, response);
    }

    @PostMapping("/forgot-password")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void forgotPassword(@Valid @RequestBody ForgotPasswordRequest request) {
        passwordResets.request(request.email());
    }

    @PostMapping("/reset-password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@Valid @RequestBody ResetPasswordRequest request) {
        passwordResets.reset(request.token(), request.password());
    }

    @GetMapping("/me")
    AccountView me(Actor actor) {
        return accounts.find(actor.userId()).map(AccountView::of).orElseThrow(() ->
                new Unauthenticated("This account no longer exists."));
    }

    @PutMapping("/profile")
    AccountView updateProfile(Actor actor, @Valid @RequestBody UpdateProfileRequest request) {
        return AccountView.of(profileUpdates.update(actor.userId(), request));
    }
}
