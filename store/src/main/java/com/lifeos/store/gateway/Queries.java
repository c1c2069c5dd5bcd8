package com.lifeos.store.gateway;

import com.lifeos.shared.error.NotFound;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import com.lifeos.store.cache.ReadModelCache;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** How the edge and the modules read: a typed query through the gateway, with "not found" as an empty Optional. */
@Component
public class Queries {

    private final QueryGateway gateway;
    private final ReadModelCache cache;

    Queries(QueryGateway gateway, ReadModelCache cache) {
        this.gateway = gateway;
        this.cache = cache;
    }

    /**
     * Like {@link #ask}, for the dashboard and analytics reads: answered from the cache until a projection applies
     * one of this user's events. The query must be a record whose every input is in its components.
     */
    public <R> R askCached(UUID userId, Record query, Class<R> resultType) {
        return cache.get(userId, query, resultType, () -> ask(query, resultType));
    }

    public <R> R ask(Object query, Class<R> resultType) {
        return join(gateway.query(query, ResponseTypes.instanceOf(resultType)).thenApply(r -> r));
    }

    public <R> Optional<R> find(Object query, Class<R> resultType) {
        return join(gateway.query(query, ResponseTypes.optionalInstanceOf(resultType)));
    }

    /** Like {@link #find} but a missing result is a 404. */
    public <R> R require(Object query, Class<R> resultType) {
        return find(query, resultType).orElseThrow(NotFound::new);
    }

    private static <R> R join(java.util.concurrent.CompletableFuture<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a query", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
