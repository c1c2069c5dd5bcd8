package com.lifeos.app.web;

import com.lifeos.shared.error.InvalidFieldException;

import com.lifeos.api.shared.PageRequest;

/** Turns the {@code page} and {@code size} query parameters into a page request, or a 400 that names them. */
public final class Paging {

    public static final String DEFAULT_SIZE = "20";

    private Paging() {
    }

    public static PageRequest of(int page, int size) {
        if (page < 0) {
            throw new InvalidFieldException("page", "must be 0 or more");
        }
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw new InvalidFieldException("size", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        return new PageRequest(page, size);
    }
}
