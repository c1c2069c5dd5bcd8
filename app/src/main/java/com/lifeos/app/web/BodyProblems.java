package com.lifeos.app.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The problems found in a request body while it is read, gathered instead of failing on the first, so that one answer
 * names every bad field: unknown fields, values of the wrong type or format (left null for binding to go on), and the
 * edge checks of the raw JSON. Started just before the body is read and finished right after; outside that window
 * (any other use of the JSON mapper) {@link #current()} is {@code null} and reading fails or ignores as usual.
 */
public final class BodyProblems {

    private static final String ATTRIBUTE = BodyProblems.class.getName();

    private final Map<String, String> problems = new LinkedHashMap<>();

    private BodyProblems() {
    }

    /** Starts gathering for the body of the current request. */
    public static BodyProblems start() {
        BodyProblems gathered = new BodyProblems();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, gathered, RequestAttributes.SCOPE_REQUEST);
        }
        return gathered;
    }

    /** What is being gathered now, or {@code null} when no request body is being read. */
    public static BodyProblems current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : (BodyProblems) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }

    /** Stops gathering and answers what was gathered (empty when nothing was, or nothing was started). */
    public static Map<String, String> finish() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return Map.of();
        }
        BodyProblems gathered = (BodyProblems) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return gathered == null ? Map.of() : gathered.problems();
    }

    /** Records a problem of a field; the first one found for a field is kept. */
    public void add(String field, String message) {
        problems.putIfAbsent(field, message);
    }

    public void addAll(Map<String, String> more) {
        more.forEach(this::add);
    }

    public Map<String, String> problems() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }
}
