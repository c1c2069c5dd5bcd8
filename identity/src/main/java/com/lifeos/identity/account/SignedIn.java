package com.lifeos.identity.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to registering, signing in and refreshing: the account and a fresh token pair.
 * {@code expiresIn} is the access token's lifetime in seconds. A browser ({@code X-LifeOS-Client: web}) gets the
 * refresh token as a cookie instead (app.account.BrowserSessions), and this without it.
 */
public record SignedIn(AccountView user,
                       String accessToken,
                       @JsonInclude(JsonInclude.Include.NON_NULL)
                       @Schema(description = "Left out with X-LifeOS-Client: web, where it is the lifeos_refresh cookie.")
                       String refreshToken,
                       String tokenType,
                       long expiresIn) {

    static final String BEARER = "Bearer";

    public SignedIn withoutRefreshToken() {
        return new SignedIn(user, accessToken, null, tokenType, expiresIn);
    }

    @Override
    public String toString() {
        return "SignedIn[user=" + user.id() + "]";
    }
}
