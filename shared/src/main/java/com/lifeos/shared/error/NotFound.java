package com.lifeos.shared.error;

/** An unknown resource, or one that belongs to someone else: both are the same 404. */
public class NotFound extends RuntimeException {

    public NotFound() {
        super("No such resource.");
    }
}
