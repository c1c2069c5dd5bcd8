package com.lifeos.app.web;

/** A request field that passed JSON binding but is still unacceptable; answered as a 400 naming the field. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
