package com.lifeos.shared.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Request fields that passed JSON binding but are still unacceptable; answered as a 400 naming each field. */
public class InvalidFieldException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidFieldException(String field, String message) {
        this(Map.of(field, message));
    }

    /** Several fields at once: each JSON name (in order) with what is wrong with it. */
    public InvalidFieldException(Map<String, String> problems) {
        super(problems.values().iterator().next());
        this.problems = new LinkedHashMap<>(problems);
    }

    /** The first field named. */
    public String field() {
        return problems.keySet().iterator().next();
    }

    public Map<String, String> problems() {
        return Collections.unmodifiableMap(problems);
    }
}
