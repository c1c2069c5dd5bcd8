package com.lifeos.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An unknown resource, or one that belongs to someone else: both are the same 404. */
public class NotFound extends ResponseStatusException {

    public NotFound() {
        super(HttpStatus.NOT_FOUND, "No such resource.");
    }
}
