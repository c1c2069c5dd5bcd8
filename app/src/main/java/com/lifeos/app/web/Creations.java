package com.lifeos.app.web;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creates with a client-chosen id are safe to repeat: when the id already exists and belongs to the
 * caller, the repeat answers 200 with the existing resource; when it belongs to someone else, 409.
 */
@Component
public class Creations {

    public <T> ResponseEntity<T> create(URI location, Runnable send, Supplier<Optional<T>> read) {
        try {
            send.run();
        } catch (AggregateStreamCreationException | ConcurrencyException alreadyExists) {
            return read.get().map(existing -> ResponseEntity.ok().location(location).body(existing))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "This id is already taken."));
        }
        return ResponseEntity.created(location).body(read.get().orElseThrow(NotFound::new));
    }
}
