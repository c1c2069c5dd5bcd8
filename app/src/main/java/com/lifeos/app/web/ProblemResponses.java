package com.lifeos.app.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to a servlet response, for the refusals made before a controller is reached (security,
 * rate limits, body size): the same shape as the problems the controllers' advice answers.
 */
public final class ProblemResponses {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    /** Sends {@code problem} (completed by {@link ProblemType#complete}) unless the response is already under way. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json(ProblemType.complete(problem, request.getRequestURI())));
    }

    /** A problem's JSON, members in the RFC's order, for writers without a message converter. */
    public static byte[] json(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return PLAIN.writeValueAsBytes(body);
    }
}
