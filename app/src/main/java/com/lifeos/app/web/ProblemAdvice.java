package com.lifeos.app.web;

import com.lifeos.shared.error.Conflict;
import com.lifeos.shared.error.ContentTooLarge;
import com.lifeos.shared.error.Forbidden;
import com.lifeos.shared.error.InvalidFieldException;
import com.lifeos.shared.error.InvalidLinesException;
import com.lifeos.shared.error.NotFound;
import com.lifeos.shared.error.TooManyRequests;
import com.lifeos.shared.error.Unauthenticated;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.http.MediaType;
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
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

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
        Map<String, String> fields = new LinkedHashMap<>();
        ex.getBindingResult().getFieldErrors()
                .forEach(error -> fields.putIfAbsent(jsonPath(error.getField()), messageOf(error)));
        return invalid(FieldOrder.sorted(fields, ex.getParameter().getParameterType()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Map<String, String> gathered = new LinkedHashMap<>(BodyProblems.finish());
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
            gathered.putIfAbsent(pathOf(databind), databind instanceof MismatchedInputException mismatch
                    ? Expected.of(mismatch.getTargetType()) : "has a wrong type or format");
        }
        if (!gathered.isEmpty()) {
            // what the edge checks and binding found before reading gave up says more than the reason it gave up
            return invalid(gathered);
        }
        if (cause instanceof MismatchedInputException mismatch) {
            boolean list = mismatch.getTargetType() != null && (mismatch.getTargetType().isArray()
                    || Collection.class.isAssignableFrom(mismatch.getTargetType()));
            String shape = list ? "a JSON array" : "a JSON object";
            return problem(ProblemType.MALFORMED_BODY, "The request body must be " + shape + ".",
                    List.of(new FieldProblem("body", "must be " + shape)));
        }
        if (cause instanceof JacksonException || cause instanceof IllegalArgumentException) {
            return problem(ProblemType.MALFORMED_BODY, "The request body is not valid JSON.",
                    List.of(new FieldProblem("body", "is not valid JSON")));
        }
        return problem(ProblemType.MALFORMED_BODY, "The request body is missing or unreadable.",
                List.of(new FieldProblem("body", "is missing or unreadable")));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI()
                : "/" + ex.getResourcePath();
        return problem(ProblemType.NOT_FOUND, "There is no endpoint " + ex.getHttpMethod() + " " + path + ".", null);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return invalid(Map.of(ex.getParameterName(), "is required"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        if (ex.getMostSpecificCause() instanceof ValueOutOfRange outOfRange) {
            return invalid(Map.of(ex.getName(), outOfRange.getMessage()));
        }
        return invalid(Map.of(ex.getName(), Expected.of(ex.getRequiredType())));
    }

    @ExceptionHandler({RequestBodyTooLarge.class, ContentTooLarge.class})
    ResponseEntity<Object> bodyTooLarge(Exception ex) {
        return problem(ProblemType.BODY_TOO_LARGE, ex.getMessage(), null);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException ex) {
        return invalid(ex.problems());
    }

    @ExceptionHandler(InvalidLinesException.class)
    ResponseEntity<Object> invalidLines(InvalidLinesException ex) {
        return problem(ProblemType.VALIDATION, ex.getMessage(), ex.problems());
    }

    /** The same 429 a filter writes for a request over its limit, for a limit a controller found reached. */
    @ExceptionHandler(TooManyRequests.class)
    ResponseEntity<Object> tooMany(TooManyRequests ex) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemType.TOO_MANY_REQUESTS.problem(ex.getMessage(), null));
    }

    /** The exceptions of {@code shared.error} that name their problem, answered with their own message. */
    @ExceptionHandler({NotFound.class, Conflict.class, Unauthenticated.class, Forbidden.class})
    ResponseEntity<Object> named(RuntimeException ex) {
        ProblemType type = switch (ex) {
            case NotFound notFound -> ProblemType.NOT_FOUND;
            case Conflict conflict -> ProblemType.CONFLICT;
            case Unauthenticated unauthenticated -> ProblemType.AUTHENTICATION_REQUIRED;
            case Forbidden forbidden -> ProblemType.FORBIDDEN;
            default -> throw new IllegalArgumentException("no problem type named for " + ex.getClass(), ex);
        };
        return problem(type, ex.getMessage(), null);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        Map<String, String> fields = new LinkedHashMap<>();
        ex.getConstraintViolations()
                .forEach(v -> fields.putIfAbsent(lastNode(v.getPropertyPath().toString()), v.getMessage()));
        return invalid(fields);
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
        return problem(ProblemType.FORBIDDEN, "You are not allowed to do this.", null);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex) {
        return problem(ProblemType.AUTHENTICATION_REQUIRED, "Authentication is required.", null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("Unexpected failure", ex);
        return problem(ProblemType.INTERNAL_ERROR, "Something went wrong on our side.", null);
    }

    private ResponseEntity<Object> byCause(RuntimeException ex) {
        ProblemDetail described = Problems.describe(ex);
        if (described == null) {
            return unexpected(ex);
        }
        ProblemType type = ProblemType.forStatus(described.getStatus());
        return problem(type, HttpStatus.valueOf(described.getStatus()), described.getDetail(), null);
    }

    /** The 400 naming every invalid field (by JSON name or path) with what is wrong with it. */
    private static ResponseEntity<Object> invalid(Map<String, String> fields) {
        int count = fields.size();
        return problem(ProblemType.VALIDATION, count == 1 ? "The request has an invalid field."
                        : "The request has " + count + " invalid fields.",
                fields.entrySet().stream().map(field -> new FieldProblem(field.getKey(), field.getValue())).toList());
    }

    static ResponseEntity<Object> problem(ProblemType type, String detail, List<?> errors) {
        return problem(type, type.status(), detail, errors);
    }

    private static ResponseEntity<Object> problem(ProblemType type, HttpStatus status, String detail,
                                                  List<?> errors) {
        ProblemDetail body = type.problem(status, detail, null);
        if (errors != null && !errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** {@code items[0].targetDate} (a binding path) as the JSON names it. */
    private static String jsonPath(String javaPath) {
        return JsonNames.snakeCase(javaPath);
    }

    private static String pathOf(DatabindException databind) {
        return databind.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
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
