package com.lifeos.app.openapi;

import java.io.IOException;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeos.app.support.ApiTestSupport;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v3/api-docs} is a valid OpenAPI document that tells a client generator what it needs: a real title and
 * version, the bearer scheme on exactly the operations the security gate guards, an area tag on every operation,
 * one named schema per request type that admits no unknown field; and it is the document committed as
 * {@code docs/openapi.json}.
 */
class OpenApiDocumentTest extends ApiTestSupport {

    /** Run with {@code -Dlifeos.openapi.write=true} to refresh the committed document from the live one. */
    private static final String WRITE = "lifeos.openapi.write";
    private static final Path COMMITTED = Path.of("..", "docs", "openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;

    private JsonNode document() {
        try {
            return JSON.readTree(LiveDocument.of(port));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theDocumentIsValidOpenApi() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(LiveDocument.of(port), null,
                options);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI()).isNotNull();
        assertThat(parsed.getOpenAPI().getPaths()).containsKey("/api/goals");
    }

    @Test
    void theDocumentNamesTheApiAndItsBearerScheme() {
        JsonNode document = document();

        assertThat(document.path("info").path("title").asText()).isEqualTo("LifeOS API");
        assertThat(document.path("info").path("version").asText()).isNotBlank().isNotEqualTo("v0");
        assertThat(document.path("info").path("description").asText()).contains("snake_case", "problem+json");
        JsonNode bearer = document.path("components").path("securitySchemes").path("bearer-jwt");
        assertThat(bearer.path("type").asText()).isEqualTo("http");
        assertThat(bearer.path("scheme").asText()).isEqualTo("bearer");
        assertThat(bearer.path("bearerFormat").asText()).isEqualTo("JWT");
        assertThat(document.path("components").path("schemas").path("Problem").path("properties").properties())
                .extracting(Map.Entry::getKey)
                .contains("type", "title", "status", "detail", "instance", "errors");
    }

    @Test
    void everyOperationHasAnAreaAnIdAndProblemAnswers() {
        JsonNode document = document();
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        assertThat(tags).contains("account", "settings", "dashboard", "habits", "goals", "projects", "health",
                "finance", "learning", "relationships", "time", "journal", "insights", "audit", "admin");
        Set<String> operationIds = new java.util.HashSet<>();

        operations(document).forEach((where, operation) -> {
            assertThat(operation.path("tags")).as(where).hasSize(1);
            assertThat(tags).as(where).contains(operation.path("tags").get(0).asText());
            assertThat(operationIds.add(operation.path("operationId").asText())).as(where + " operationId").isTrue();
            assertThat(operation.path("operationId").asText()).as(where).doesNotContain("_");
            assertThat(operation.path("responses").has("429")).as(where).isTrue();
            operation.path("responses").properties().forEach(answer -> {
                if (answer.getKey().startsWith("4")) {
                    assertThat(answer.getValue().path("$ref").asText()).as(where + " " + answer.getKey())
                            .startsWith("#/components/responses/");
                }
                answer.getValue().path("content").properties().forEach(media ->
                        assertThat(media.getKey()).as(where).isNotEqualTo("*/*"));
            });
        });
    }

    /** The document's bearer requirement matches the gate: a documented-secured call without a token is a 401. */
    @Test
    void operationsNeedTheBearerTokenExactlyWhereTheGateAsksForIt() {
        operations(document()).forEach((where, operation) -> {
            String method = where.substring(0, where.indexOf(' '));
            String path = where.substring(where.indexOf(' ') + 1).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            boolean secured = operation.has("security");
            String body = operation.has("requestBody") ? "{}" : null;
            int status = api().send(method.toUpperCase(), path, null, body, "application/json").status();
            if (secured) {
                assertThat(status).as(where + " without a token").isEqualTo(401);
                assertThat(operation.path("security").get(0).has("bearer-jwt")).as(where).isTrue();
            } else {
                assertThat(status).as(where + " without a token").isNotEqualTo(401);
            }
        });
    }

    /** Every record a controller reads as a body has a schema of its own, named for it, closed to unknown fields. */
    @Test
    void everyRequestBodyTypeHasItsOwnClosedSchema() {
        JsonNode document = document();
        Map<String, Class<?>> typeBySchema = new HashMap<>();

        handlers.getHandlerMethods().forEach((info, handler) -> bodyType(handler).ifPresent(type -> {
            for (String where : operationKeys(info)) {
                JsonNode operation = operations(document).get(where);
                assertThat(operation).as(where + " is documented").isNotNull();
                String ref = operation.path("requestBody").path("content").path("application/json").path("schema")
                        .path("$ref").asText();
                assertThat(ref).as(where + " body").startsWith("#/components/schemas/");
                String name = ref.substring("#/components/schemas/".length());
                Class<?> previous = typeBySchema.putIfAbsent(name, type);
                assertThat(previous == null || previous.equals(type))
                        .as("schema " + name + " stands for " + previous + " and " + type).isTrue();
                assertThat(name).as(type.getName()).endsWith("Request").isNotIn("CreateRequest", "ChangeRequest");
                JsonNode schema = document.path("components").path("schemas").path(name);
                assertThat(schema.path("additionalProperties").isBoolean()
                        && !schema.path("additionalProperties").asBoolean())
                        .as(name + " admits no unknown field").isTrue();
                schema.path("properties").properties().forEach(property ->
                        assertThat(property.getKey()).as(name).matches("[a-z0-9_]+"));
            }
        }));
        assertThat(typeBySchema.values()).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
    }

    @Test
    void everyEnumIsDocumentedWithItsLowerCaseValues() {
        List<String> values = new ArrayList<>();
        document().findParents("enum").forEach(schema -> schema.path("enum").forEach(value -> values.add(value.asText())));

        assertThat(values).isNotEmpty().allMatch(value -> value.equals(value.toLowerCase()));
        assertThat(values).contains("daily", "high", "income", "monday", "sunday");
    }

    @Test
    void theCommittedDocumentIsTheLiveOne() throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        String live = JSON.writer(printer).writeValueAsString(document()) + "\n";
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(COMMITTED, live, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(COMMITTED)).as("docs/openapi.json exists").isTrue();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/openapi.json differs from /v3/api-docs: refresh it with ./mvnw -o -q -pl app -am verify "
                        + "-Dtest=OpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE + "=true")
                .isEqualTo(live);
    }

    /** Each operation of the document under "get /api/goals/{id}". */
    static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new HashMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operations.put(operation.getKey() + " " + path.getKey(), operation.getValue())));
        return operations;
    }

    private static List<String> operationKeys(RequestMappingInfo info) {
        List<String> keys = new ArrayList<>();
        for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                keys.add(method.name().toLowerCase() + " " + pattern);
            }
        }
        return keys;
    }

    private static java.util.Optional<Class<?>> bodyType(HandlerMethod handler) {
        for (Parameter parameter : handler.getMethod().getParameters()) {
            if (parameter.isAnnotationPresent(RequestBody.class)
                    && parameter.getType().getName().startsWith("com.lifeos.")) {
                return java.util.Optional.of(parameter.getType());
            }
        }
        return java.util.Optional.empty();
    }
}
