package com.lifeos.app.web.input;

/** A query parameter that parsed but lies outside what LifeOS accepts; its message says the range. */
public class ValueOutOfRange extends IllegalArgumentException {

    ValueOutOfRange(String message) {
        super(message);
    }
}
