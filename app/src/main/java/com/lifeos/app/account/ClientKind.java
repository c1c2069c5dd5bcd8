package com.lifeos.app.account;

/**
 * What kind of client signs in, told in the {@code X-LifeOS-Client} header of the {@code /api/auth} calls; without the
 * header, a client of the JSON flow (the refresh token travels in the bodies).
 */
enum ClientKind {

    /** A browser page, which keeps its refresh token in an HttpOnly cookie it cannot read ({@link BrowserSessions}). */
    WEB
}
