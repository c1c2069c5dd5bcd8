package com.lifeos.app.web;

import com.lifeos.shared.error.InvalidFieldException;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * How a rule violation from the core reads to a client, whatever carried the request (HTTP or the live socket):
 * IllegalArgumentException = bad input, IllegalStateException = conflicting state, an unknown or someone else's
 * aggregate = not found.
 */
public final class Problems {

    private Problems() {
    }

    /** The status and detail for a known kind of failure; {@code null} when it is not one (an unexpected failure). */
    public static ProblemDetail describe(Throwable ex) {
        if (ex instanceof CommandExecutionException failed && failed.getCause() != null && failed.getCause() != ex) {
            return describe(failed.getCause());
        }
        if (ex instanceof AggregateNotFoundException) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such resource.");
        }
        if (ex instanceof ConcurrencyException || ex instanceof AggregateStreamCreationException) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "The resource was changed at the same time; try again.");
        }
        if (ex instanceof InvalidFieldException invalid) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.field() + " " + invalid.getMessage());
        }
        if (ex instanceof IllegalArgumentException) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        }
        if (ex instanceof IllegalStateException) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        }
        return null;
    }
}
