package com.lifeos.app.web.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

import com.lifeos.app.web.BodyProblems;
import com.lifeos.app.web.FieldOrder;
import com.lifeos.shared.error.InvalidFieldException;
import com.lifeos.app.web.JsonNames;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Applies the input rules to every {@code @RequestBody} of every controller, and makes one answer name every bad
 * field: {@link JsonTokens} checks the JSON as sent, then binding records unknown fields and values of the wrong type
 * or format ({@link BodyProblems}) instead of stopping at the first, then {@link RequestValues} checks the bound
 * object. When any of them found something, Bean Validation runs here too (on a {@code @Valid} body) and its findings
 * for the other fields join the answer, a 400 listing them all; otherwise Spring's own validation follows as usual.
 */
@ControllerAdvice
class RequestBodyRules extends RequestBodyAdviceAdapter {

    private final JsonTokens tokens;
    private final RequestValues values;
    private final Validator validator;

    RequestBodyRules(JsonTokens tokens, RequestValues values, Validator validator) {
        this.tokens = tokens;
        this.values = values;
        this.validator = validator;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        MediaType type = inputMessage.getHeaders().getContentType();
        if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"))) {
            return inputMessage;
        }
        byte[] body = inputMessage.getBody().readAllBytes();
        BodyProblems.start().addAll(tokens.problemsOf(body));
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return inputMessage.getHeaders();
            }
        };
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        Map<String, String> problems = new LinkedHashMap<>(BodyProblems.finish());
        values.problemsOf(body).forEach(problems::putIfAbsent);
        if (problems.isEmpty()) {
            return body;
        }
        if (body != null && validated(parameter)) {
            for (ConstraintViolation<Object> violation : validator.validate(body)) {
                String field = jsonPath(violation.getPropertyPath());
                if (problems.keySet().stream().noneMatch(known -> sameField(known, field))) {
                    problems.putIfAbsent(field, violation.getMessage());
                }
            }
        }
        throw new InvalidFieldException(FieldOrder.sorted(problems, parameter.getParameterType()));
    }

    @Override
    public Object handleEmptyBody(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                                  Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        BodyProblems.finish();
        return body;
    }

    private static boolean validated(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(Valid.class) || parameter.hasParameterAnnotation(Validated.class);
    }

    /** A field already reported (the value that could not be read is left null) is not reported again as missing. */
    private static boolean sameField(String reported, String violated) {
        return violated.equals(reported) || violated.startsWith(reported + ".") || violated.startsWith(reported + "[");
    }

    /** A Bean Validation path ({@code items[0].targetDate}) as the JSON names it ({@code items[0].target_date}). */
    static String jsonPath(Path path) {
        StringBuilder json = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                json.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                json.append('.').append(node.getKey());
            }
            if (node.getName() != null && !node.getName().isEmpty()) {
                json.append(json.isEmpty() ? "" : ".").append(JsonNames.snakeCase(node.getName()));
            }
        }
        return json.isEmpty() ? "body" : json.toString();
    }
}
