package com.lifeos.app.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import com.lifeos.app.web.input.RequestBodyTooLarge;
import com.lifeos.app.web.input.ValueOutOfRange;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Every error leaves as RFC 9457 problem+json. Rule violations from the core arrive as plain Java
 * exceptions (IllegalArgumentException = bad input, IllegalStateException = conflicting state,
 * AggregateNotFoundException = unknown or someone else's) and are mapped here, in one place.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(JsonNames.snakeCase(error.getField()), messageOf(error)))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        for (Throwable c = ex.getCause(); c != null; c = c.getCause()) {
            if (c instanceof RequestBodyTooLarge tooLarge) {
                return bodyTooLarge(tooLarge);
            }
            if (c instanceof DatabindException) {
                cause = c;
                break;
            }
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return problem(HttpStatus.BAD_REQUEST, "The request body has a value of the wrong type or format.",
                    List.of(new FieldProblem(field, "has a wrong type or format")));
        }
        if (cause instanceof JacksonException || cause instanceof IllegalArgumentException) {
            return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON.",
                    List.of(new FieldProblem("body", "is not valid JSON")));
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is missing or unreadable.",
                List.of(new FieldProblem("body", "is missing or unreadable")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "A required parameter is missing.",
                List.of(new FieldProblem(ex.getParameterName(), "is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        if (ex.getMostSpecificCause() instanceof ValueOutOfRange outOfRange) {
            return problem(HttpStatus.BAD_REQUEST, "A parameter is out of range.",
                    List.of(new FieldProblem(ex.getName(), outOfRange.getMessage())));
        }
        return problem(HttpStatus.BAD_REQUEST, "A parameter has a wrong type or format.",
                List.of(new FieldProblem(ex.getName(), "has a wrong type or format")));
    }

    @ExceptionHandler(RequestBodyTooLarge.class)
    ResponseEntity<Object> bodyTooLarge(RequestBodyTooLarge ex) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage(), null);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException ex) {
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", ex.problems().entrySet().stream()
                .map(problem -> new FieldProblem(problem.getKey(), problem.getValue())).toList());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException ex) {
        if (ex.getCause() instanceof RuntimeException cause && cause != ex) {
            return byCause(cause);
        }
        return unexpected(ex);
    }

    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class,
            AggregateNotFoundException.class, ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<Object> ruleViolation(RuntimeException ex) {
        return byCause(ex);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException ex) {
        return problem(HttpStatus.FORBIDDEN, "You are not allowed to do this.", null);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex) {
        return problem(HttpStatus.UNAUTHORIZED, "Authentication is required.", null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("Unexpected failure", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.", null);
    }

    private ResponseEntity<Object> byCause(RuntimeException ex) {
        ProblemDetail described = Problems.describe(ex);
        if (described == null) {
            return unexpected(ex);
        }
        return problem(HttpStatus.valueOf(described.getStatus()), described.getDetail(), null);
    }

    static ResponseEntity<Object> problem(HttpStatus status, String detail, List<FieldProblem> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("about:blank"));
        if (errors != null && !errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return JsonNames.snakeCase(dot < 0 ? path : path.substring(dot + 1));
    }

    /** One invalid field: its JSON name and what is wrong with it. */
    record FieldProblem(String field, String message) {
    }
}
