package com.lifeos.app.account;

import java.net.URI;

import com.lifeos.app.ratelimit.SignInThrottle;
import com.lifeos.app.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Accounts and sign-in: {@code /api/auth}. */
@RestController
@RequestMapping("/api/auth")
class AccountController {

    static final URI ME = URI.create("/api/auth/me");

    private final AccountRegistration registration;
    private final Sessions sessions;
    private final PasswordResets passwordResets;
    private final ProfileUpdates profileUpdates;
    private final AccountDirectory directory;
    private final SignInThrottle signInThrottle;

    AccountController(AccountRegistration registration, Sessions sessions, PasswordResets passwordResets,
                      ProfileUpdates profileUpdates, AccountDirectory directory, SignInThrottle signInThrottle) {
        this.signInThrottle = signInThrottle;
        this.registration = registration;
        this.sessions = sessions;
        this.passwordResets = passwordResets;
        this.profileUpdates = profileUpdates;
        this.directory = directory;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SignedIn> register(@Valid @RequestBody RegisterRequest request) {
        return ResponseEntity.created(ME).body(registration.register(request));
    }

    @PostMapping("/login")
    SignedIn login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        String account = Emails.normalize(request.email());
        signInThrottle.requireAttemptAllowed(account, http.getRemoteAddr());
        SignedIn signedIn = sessions.login(request.email(), request.password()).orElseThrow(() -> {
            signInThrottle.recordFailure(account);
            return new ResponseStatusException(HttpStatus.UNAUTHORIZED, "The email or the password is wrong.");
        });
        signInThrottle.recordSuccess(account, http.getRemoteAddr());
        return signedIn;
    }

    @PostMapping("/refresh")
    SignedIn refresh(@Valid @RequestBody RefreshTokenRequest request) {
        return sessions.refresh(request.refreshToken()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.UNAUTHORIZED, "The refresh token is invalid, expired or already used. Sign in again."));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@Valid @RequestBody RefreshTokenRequest request) {
        sessions.logout(request.refreshToken());
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
        return directory.find(actor.userId()).map(AccountView::of).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.UNAUTHORIZED, "This account no longer exists."));
    }

    @PutMapping("/profile")
    AccountView updateProfile(Actor actor, @Valid @RequestBody UpdateProfileRequest request) {
        return AccountView.of(profileUpdates.update(actor.userId(), request));
    }
}
