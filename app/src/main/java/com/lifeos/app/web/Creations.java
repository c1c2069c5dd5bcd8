package com.lifeos.app.web;

import java.net.URI;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.lifeos.store.eventstore.ProjectionWatermark;
import com.lifeos.store.ids.EntityOwners;
import com.lifeos.store.ids.IdTakenException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Creates with a client-chosen id, answered from what the command did rather than from whether a projection
 * shows the result yet. The create that stores the events answers 201; a repeat by the id's owner (sequential or
 * concurrent) stores nothing and answers 200 with the same resource, once its projection shows it. When the
 * projection cannot show it in time (it is being rebuilt, or slow) the write still happened: 202 with the
 * resource's Location, never a 404 that would make a retrying client create a duplicate. An id someone else
 * holds is a 409, refused before any event was stored (see {@link com.lifeos.store.ids}).
 */
@Component
public class Creations {

    private static final String INTEGRITY_VIOLATION = "23";

    private final ProjectionWatermark watermark;
    private final EntityOwners owners;

    Creations(ProjectionWatermark watermark, EntityOwners owners) {
        this.watermark = watermark;
        this.owners = owners;
    }

    /**
     * Runs {@code send} and answers with what {@code read} shows; the usual create, which sends one command and
     * finds one view, is {@link Edge#create}.
     */
    public <T> ResponseEntity<T> create(UUID userId, UUID id, URI location, Runnable send,
                                        Supplier<Optional<T>> read) {
        RuntimeException notCreated;
        try {
            if (watermark.storesEvents(send)) {
                return read.get().map(found -> ResponseEntity.created(location).body(found))
                        .orElseGet(() -> ResponseEntity.accepted().location(location).build());
            }
            notCreated = null;
        } catch (AggregateStreamCreationException alreadyExists) {
            notCreated = new IdTakenException();
        } catch (ConcurrencyException changedMeanwhile) {
            notCreated = changedMeanwhile;
        } catch (EventStoreException failure) {
            if (!isDuplicateKey(failure)) {
                throw failure;
            }
            notCreated = new IdTakenException();
        }
        return repeated(userId, id, location, read, notCreated);
    }

    /** The id existed already: the owner's repeat shows the resource; anyone else learns only that it is taken. */
    private <T> ResponseEntity<T> repeated(UUID userId, UUID id, URI location, Supplier<Optional<T>> read,
                                           RuntimeException notCreated) {
        Optional<T> found = read.get();
        if (found.isEmpty()) {
            if (!owners.isHeldBy(id, userId)) {
                throw notCreated != null ? notCreated : new IdTakenException();
            }
            found = watermark.awaitFound(read);
        }
        return found.map(existing -> ResponseEntity.ok().location(location).body(existing))
                .orElseGet(() -> ResponseEntity.accepted().location(location).build());
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
