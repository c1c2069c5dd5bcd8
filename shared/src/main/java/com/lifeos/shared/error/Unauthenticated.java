package com.lifeos.shared.error;

/** Credentials or a token that prove nobody (wrong password, an expired or unknown token, an erased account): 401. */
public class Unauthenticated extends RuntimeException {

    public Unauthenticated(String message) {
        super(message);
    }
}
