package com.lifeos.app.web;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

import com.lifeos.store.crypto.PrivateText;
import com.lifeos.store.gateway.Commands;
import com.lifeos.store.gateway.Queries;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What a feature's controller reaches the core with: the gateways, creation by a client-chosen id, the user's
 * calendar, and the sealing of the words they type. One object, so each controller asks for it once. The usual
 * create and remove are here, made of its parts, so the 201/200/202/204 answers of the command path stay in one
 * place (with {@link Creations}).
 */
@Component
public record Edge(Commands commands, Queries queries, Creations creations, Calendars calendars,
                   PrivateText privateText) {

    /** The usual create: sends {@code command} as the user, and shows the view {@code findQuery} answers. */
    public <V> ResponseEntity<V> create(UUID userId, UUID id, URI location, Object command, Object findQuery,
                                        Class<V> viewType) {
        return create(userId, id, location, command, findQuery, viewType, Function.identity());
    }

    /** The usual create, the view shown as {@code response} makes it (with private texts opened, say). */
    public <V, T> ResponseEntity<T> create(UUID userId, UUID id, URI location, Object command, Object findQuery,
                                           Class<V> viewType, Function<V, T> response) {
        return creations.create(userId, id, location, () -> commands.send(userId, command),
                () -> queries.find(findQuery, viewType).map(response));
    }

    /**
     * Sends a command that removes something (once it is handled and projected) and answers 204: the other end of
     * a resource's life.
     */
    public ResponseEntity<Void> remove(UUID userId, Object command) {
        commands.send(userId, command);
        return ResponseEntity.noContent().build();
    }
}
