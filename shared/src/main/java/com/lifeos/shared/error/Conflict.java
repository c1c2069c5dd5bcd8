package com.lifeos.shared.error;

/** A write that cannot happen in the state things are in (an e-mail already registered, an id already used): 409. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
