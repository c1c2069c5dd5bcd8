package com.lifeos.app.web.input;

import java.util.LinkedHashMap;
import java.util.Map;

import com.lifeos.api.shared.Texts;
import com.lifeos.shared.error.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Query parameters and path variables of every endpoint, as decoded text: single-line, no control characters or
 * unpaired surrogates, at most {@link InputProperties#maxParameterChars()} characters. Checked before the handler
 * runs, so a {@code ?tag=%00} never reaches a query (or a database that cannot compare it).
 */
@Component
class RequestParameterRules implements HandlerInterceptor {

    private final InputProperties properties;

    RequestParameterRules(InputProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Map<String, String> problems = new LinkedHashMap<>();
        int max = properties.maxParameterChars();
        request.getParameterMap().forEach((name, values) -> {
            String nameProblem = Texts.problemOf(name, max, false);
            if (nameProblem != null) {
                problems.putIfAbsent("query", "has a parameter name that " + nameProblem);
                return;
            }
            for (String value : values) {
                String problem = Texts.problemOf(value, max, false);
                if (problem != null) {
                    problems.putIfAbsent(name, problem);
                }
            }
        });
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                String problem = Texts.problemOf(String.valueOf(value), max, false);
                if (problem != null) {
                    problems.putIfAbsent(String.valueOf(name), problem);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return true;
    }
}
