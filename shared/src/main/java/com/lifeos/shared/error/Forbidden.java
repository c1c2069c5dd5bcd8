package com.lifeos.shared.error;

/** A known person asking for something they may not do: 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
