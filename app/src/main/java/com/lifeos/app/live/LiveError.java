package com.lifeos.app.live;

/** What a client receives on {@code /user/queue/errors} when a message it sent was refused. */
record LiveError(String type, String requestId, int status, String detail) {

    static LiveError of(String requestId, int status, String detail) {
        return new LiveError("error", requestId, status, detail);
    }
}
