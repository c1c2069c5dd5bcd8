package com.lifeos.insight;

/** The model gave no usable answer; {@code reason} is the {@code fallback_reason} the answer then carries. */
class ModelUnavailable extends Exception {

    static final String TIMEOUT = "timeout";
    static final String RATE_LIMITED = "rate_limited";
    static final String REFUSED = "refused";
    static final String UNAVAILABLE = "unavailable";

    private final String reason;

    ModelUnavailable(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
