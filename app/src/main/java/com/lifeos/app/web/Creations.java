package com.lifeos.app.web;

import java.net.URI;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
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

    private static final String INTEGRITY_VIOLATION = "23";

    public <T> ResponseEntity<T> create(URI location, Runnable send, Supplier<Optional<T>> read) {
        try {
            send.run();
        } catch (AggregateStreamCreationException | ConcurrencyException alreadyExists) {
            return existing(location, read);
        } catch (EventStoreException failure) {
            if (!isDuplicateKey(failure)) {
                throw failure;
            }
            return existing(location, read);
        }
        return ResponseEntity.created(location).body(read.get().orElseThrow(NotFound::new));
    }

    private static <T> ResponseEntity<T> existing(URI location, Supplier<Optional<T>> read) {
        return read.get().map(found -> ResponseEntity.ok().location(location).body(found))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "This id is already taken."));
    }

    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
                return true;
            }
        }
        return false;
    }
}
