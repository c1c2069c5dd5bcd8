package com.lifeos.store.ids;

/** A create named an id that is already another person's, or another entity's: a conflict, told without whose. */
public class IdTakenException extends IllegalStateException {

    public IdTakenException() {
        super("This id is already taken.");
    }
}
