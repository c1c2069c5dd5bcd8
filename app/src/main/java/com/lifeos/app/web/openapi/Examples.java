package com.lifeos.app.web.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import io.swagger.v3.core.util.Json;

/** Example bodies for the document, by schema name, kept as plain JSON beside it ({@code openapi/examples.json}). */
record Examples(Map<String, Object> bySchema) {

    static Examples load(String resource) {
        try {
            return new Examples(Json.mapper().readValue(OpenApiConfiguration.text(resource),
                    new TypeReference<Map<String, Object>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
