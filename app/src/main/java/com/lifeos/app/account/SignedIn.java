package com.lifeos.app.account;

/**
 * The answer to registering, signing in and refreshing: the account and a fresh token pair.
 * {@code expiresIn} is the access token's lifetime in seconds.
 */
record SignedIn(AccountView user, String accessToken, String refreshToken, String tokenType, long expiresIn) {

    static final String BEARER = "Bearer";

    @Override
    public String toString() {
        return "SignedIn[user=" + user.id() + "]";
    }
}
