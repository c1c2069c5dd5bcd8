package com.lifeos.app.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Every kind of problem the API answers, in one place (a type tied to one status has that status's reason phrase as
 * its title, as before types were named): its {@code type} URI (the relative reference
 * {@code /problems/<slug>}, which {@code GET /problems/<slug>} describes), its title, its usual status and what a
 * client should know about it. Every problem+json body names one of these.
 */
public enum ProblemType {

    VALIDATION(HttpStatus.BAD_REQUEST, "Invalid request",
            "Some fields of the request are invalid. The errors member lists every one of them as {field, message}: the "
                    + "field is its JSON name or path (tags[0], items[2].amount; body for the body as a whole; a "
                    + "query parameter's name), the message says what is expected. A field the request type does not "
                    + "have is reported as not known, with the closest known name when there is one."),
    MALFORMED_BODY(HttpStatus.BAD_REQUEST, "Unreadable request body",
            "The request body is missing, is not well-formed JSON, or is JSON of the wrong shape (for example a "
                    + "string where the endpoint expects a JSON object)."),
    BAD_REQUEST(HttpStatus.BAD_REQUEST,
            "The request breaks a rule of the domain that is not about one field; the detail says which."),
    AUTHENTICATION_REQUIRED(HttpStatus.UNAUTHORIZED,
            "The request needs a valid access token, sent as \"Authorization: Bearer <token>\". A token that is "
                    + "missing, malformed, expired or revoked gives this problem; refresh it or sign in again."),
    FORBIDDEN(HttpStatus.FORBIDDEN,
            "The access token is valid, but the account's roles do not allow this request."),
    NOT_FOUND(HttpStatus.NOT_FOUND,
            "There is no such resource, or it belongs to someone else (both read the same), or no such endpoint."),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED,
            "The endpoint exists but does not answer this HTTP method; the Allow header lists those it does."),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE,
            "The endpoint cannot answer in any of the media types the Accept header asks for."),
    CONFLICT(HttpStatus.CONFLICT,
            "The request conflicts with the resource's current state (for example it is already in that state, or "
                    + "it was changed at the same time); the detail says how."),
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE,
            "The request body is larger than the server accepts; the detail gives the limit."),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "The request body's Content-Type is not one the endpoint reads (JSON endpoints read application/json)."),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS,
            "A rate limit was reached; the Retry-After header says how many seconds to wait."),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE,
            "The service cannot answer this request right now (for example a read model is being rebuilt or a "
                    + "dependency is down); try again later."),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR,
            "Something went wrong on the server's side; the request may or may not have taken effect. Nothing in it "
                    + "was wrong as far as the server could tell."),
    OTHER(null, "Error",
            "A problem of a kind without a type of its own; the status and detail say what happened.");

    /** Where the type URIs live: {@code /problems/<slug>}. */
    public static final String PATH = "/problems";

    private final HttpStatus status;
    private final String title;
    private final String description;

    /** A type tied to one status, titled with that status's reason phrase. */
    ProblemType(HttpStatus status, String description) {
        this(status, status.getReasonPhrase(), description);
    }

    ProblemType(HttpStatus status, String title, String description) {
        this.status = status;
        this.title = title;
        this.description = description;
    }

    /** The constant's name in lower case, words joined by hyphens: {@code MALFORMED_BODY} is malformed-body. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The usual status, or {@code null} for {@link #OTHER}. */
    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public URI uri() {
        return URI.create(PATH + "/" + slug());
    }

    public static Optional<ProblemType> bySlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug().equals(slug)).findFirst();
    }

    /** The type a problem with this status and no more specific type has. */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values())
                .filter(type -> type.status != null && type.status.value() == status && type != VALIDATION
                        && type != MALFORMED_BODY)
                .findFirst().orElse(OTHER);
    }

    /** A problem of this type with its usual status. */
    public ProblemDetail problem(String detail, String instance) {
        return problem(status, detail, instance);
    }

    /** A problem of this type with a status of its own (for {@link #OTHER}, or a 5xx without a type). */
    public ProblemDetail problem(HttpStatus status, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return complete(problem, this, instance);
    }

    /**
     * Fills what a problem lacks: a type (by its status, or validation when it lists errors), a title, an instance.
     * A type or title it already has is kept.
     */
    public static ProblemDetail complete(ProblemDetail problem, String instance) {
        boolean untyped = problem.getType() == null || "about:blank".equals(problem.getType().toString());
        return complete(problem, untyped ? defaultFor(problem) : null, instance);
    }

    private static ProblemDetail complete(ProblemDetail problem, ProblemType type, String instance) {
        if (type != null) {
            problem.setType(type.uri());
            if (type != OTHER || problem.getTitle() == null) {
                problem.setTitle(type == OTHER ? titleFor(problem.getStatus()) : type.title);
            }
        } else if (problem.getTitle() == null) {
            problem.setTitle(titleFor(problem.getStatus()));
        }
        if (problem.getDetail() == null) {
            problem.setDetail(problem.getTitle() + ".");
        }
        if (problem.getInstance() == null && instance != null) {
            problem.setInstance(instanceUri(instance));
        }
        return problem;
    }

    private static ProblemType defaultFor(ProblemDetail problem) {
        boolean listsErrors = problem.getProperties() != null && problem.getProperties().containsKey("errors");
        if (listsErrors && problem.getStatus() == HttpStatus.BAD_REQUEST.value()) {
            return VALIDATION;
        }
        return forStatus(problem.getStatus());
    }

    /** The request path as a URI reference; a path with characters a URI cannot hold raw has them quoted. */
    private static URI instanceUri(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException notRaw) {
            try {
                return new URI(null, null, path, null);
            } catch (java.net.URISyntaxException unusable) {
                return URI.create("/");
            }
        }
    }

    private static String titleFor(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
