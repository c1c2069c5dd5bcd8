package com.lifeos.app.web.openapi;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.lifeos.app.security.PublicPaths;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What the controllers cannot say about the whole API: its areas (tags), which operations need the bearer token,
 * the problem+json answers, that a request body takes no field beyond those listed, enum values as they are on the
 * wire, and example bodies.
 */
class ContractCustomizer implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_FIELD = "ProblemField";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final Set<String> DAY_FIELDS = Set.of("days_of_week", "week_start");

    private final Examples examples;

    ContractCustomizer(Examples examples) {
        this.examples = examples;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents();
        addProblems(components);
        openApi.setTags(new ArrayList<>());
        for (ApiArea area : ApiArea.values()) {
            openApi.addTagsItem(new Tag().name(area.tag()).description(area.description()));
        }
        Set<Schema<?>> requestSchemas = Collections.newSetFromMap(new IdentityHashMap<>());
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            ApiArea area = ApiArea.of(path).orElseThrow(() -> new IllegalStateException(
                    path + " belongs to no area: add its prefix to " + ApiArea.class.getSimpleName()));
            operation.setTags(List.of(area.tag()));
            boolean secured = !PublicPaths.matches(path);
            if (secured) {
                operation.setSecurity(List.of(new SecurityRequirement().addList(OpenApiConfiguration.BEARER_SCHEME)));
            }
            addProblemAnswers(path, method, operation, area, secured);
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values()
                        .forEach(media -> collect(media.getSchema(), components, requestSchemas));
            }
        }));
        requestSchemas.forEach(schema -> schema.setAdditionalProperties(Boolean.FALSE));
        everySchema(openApi, ContractCustomizer::lowerCaseEnum);
        components.getSchemas().values().forEach(ContractCustomizer::namedDays);
        examples.bySchema().forEach((name, example) -> {
            Schema<?> schema = components.getSchemas().get(name);
            if (schema == null) {
                throw new IllegalStateException("openapi/examples.json names " + name + ", which is no schema");
            }
            schema.setExample(example);
        });
    }

    private static void addProblems(Components components) {
        components.addSchemas(PROBLEM_FIELD, new ObjectSchema()
                .description("One invalid field and what is wrong with it.")
                .addProperty("field", new StringSchema().description("The field's name in the request (snake_case; "
                        + "items[0].name for nested ones), or the query parameter's."))
                .addProperty("message", new StringSchema())
                .required(List.of("field", "message")));
        components.addSchemas(PROBLEM, new ObjectSchema()
                .description("An RFC 9457 problem: every error answer of the API.")
                .addProperty("type", new StringSchema().format("uri-reference")
                        .description("What kind of problem, as a relative reference (/problems/<slug>).")
                        .example("/problems/validation"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The request has invalid fields."))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/goals"))
                .addProperty("errors", new ArraySchema()
                        .description("For invalid input: every invalid field.")
                        .items(new Schema<>().$ref(SCHEMAS + PROBLEM_FIELD)))
                .required(List.of("type", "title", "status", "detail", "instance")));
        for (ProblemAnswer answer : ProblemAnswer.values()) {
            ApiResponse response = new ApiResponse().description(answer.description)
                    .content(new Content().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(new Schema<>().$ref(SCHEMAS + PROBLEM))));
            if (answer == ProblemAnswer.TOO_MANY_REQUESTS) {
                response.addHeaderObject("Retry-After", new Header().description("Seconds to wait.")
                        .schema(new IntegerSchema()));
            }
            components.addResponses(answer.name, response);
        }
    }

    private static void addProblemAnswers(String path, PathItem.HttpMethod method, Operation operation, ApiArea area,
                                          boolean secured) {
        ApiResponses responses = operation.getResponses();
        boolean hasInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean writes = method != PathItem.HttpMethod.GET;
        addAnswer(responses, ProblemAnswer.BAD_REQUEST, hasInput);
        addAnswer(responses, ProblemAnswer.UNAUTHORIZED, secured);
        addAnswer(responses, ProblemAnswer.FORBIDDEN, secured && area.roleRestricted());
        addAnswer(responses, ProblemAnswer.NOT_FOUND, path.contains("{"));
        addAnswer(responses, ProblemAnswer.CONFLICT, secured && writes);
        addAnswer(responses, ProblemAnswer.TOO_MANY_REQUESTS, true);
    }

    private static void addAnswer(ApiResponses responses, ProblemAnswer answer, boolean applies) {
        if (applies) {
            responses.put(answer.status, new ApiResponse().$ref("#/components/responses/" + answer.name));
        }
    }

    /** The schema a request body refers to and the object schemas inside it. */
    private static void collect(Schema<?> schema, Components components, Set<Schema<?>> found) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            Schema<?> target = components.getSchemas().get(schema.get$ref().substring(SCHEMAS.length()));
            if (target != null && found.add(target)) {
                collect(target, components, found);
            }
            return;
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            found.add(schema);
            schema.getProperties().values().forEach(property -> collect(property, components, found));
        }
        collect(schema.getItems(), components, found);
    }

    /** Fields that carry days of the week by name, whatever their Java type. */
    private static void namedDays(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            Schema<?> days = DAY_FIELDS.contains(name) && property.getItems() != null ? property.getItems() : property;
            // A week_start that is a date (the first day of a week) is no day name.
            if (DAY_FIELDS.contains(name) && "string".equals(typeOf(days)) && days.getFormat() == null
                    && days.getEnum() == null) {
                @SuppressWarnings("unchecked")
                Schema<Object> strings = (Schema<Object>) days;
                strings.setEnum(new ArrayList<>(Arrays.stream(DayOfWeek.values())
                        .map(day -> (Object) day.name().toLowerCase(Locale.ROOT)).toList()));
                // The enum says it all; a validation pattern (in any case) would contradict it.
                strings.setPattern(null);
            }
        });
    }

    private static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() == null ? null
                : schema.getTypes().stream().filter(type -> !"null".equals(type)).findFirst().orElse(null);
    }

    private static void lowerCaseEnum(Schema<?> schema) {
        if (schema.getEnum() != null && schema.getEnum().stream().allMatch(String.class::isInstance)) {
            @SuppressWarnings("unchecked")
            Schema<Object> strings = (Schema<Object>) schema;
            List<Object> values = schema.getEnum().stream()
                    .map(value -> (Object) ((String) value).toLowerCase(Locale.ROOT))
                    .distinct().toList();
            strings.setEnum(new ArrayList<>(values));
        }
    }

    /** Every schema of the document: components, parameters, bodies and answers, with everything nested in them. */
    private static void everySchema(OpenAPI openApi, Consumer<Schema<?>> action) {
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Consumer<Schema<?>> walk = new Consumer<>() {
            @Override
            public void accept(Schema<?> schema) {
                if (schema == null || !seen.add(schema)) {
                    return;
                }
                action.accept(schema);
                if (schema.getProperties() != null) {
                    schema.getProperties().values().forEach(property -> accept(property));
                }
                accept(schema.getItems());
                if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                    accept(values);
                }
                Stream.of(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())
                        .filter(Objects::nonNull)
                        .forEach(parts -> parts.forEach(part -> accept(part)));
            }
        };
        if (openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(schema -> walk.accept(schema));
        }
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> walk.accept(parameter.getSchema()));
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> walk.accept(media.getSchema()));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().values().stream()
                        .filter(response -> response.getContent() != null)
                        .flatMap(response -> response.getContent().values().stream())
                        .forEach(media -> walk.accept(media.getSchema()));
            }
        }));
    }

    private enum ProblemAnswer {
        BAD_REQUEST("400", "BadRequest", "The input is invalid: `errors` lists every invalid field."),
        UNAUTHORIZED("401", "Unauthorized", "The access token is missing, invalid or expired."),
        FORBIDDEN("403", "Forbidden", "The account lacks the role this needs."),
        NOT_FOUND("404", "NotFound", "No such resource, or it belongs to someone else."),
        CONFLICT("409", "Conflict", "The write conflicts with the resource's state, or its id is taken."),
        TOO_MANY_REQUESTS("429", "TooManyRequests", "Too many requests: try again after Retry-After seconds.");

        private final String status;
        private final String name;
        private final String description;

        ProblemAnswer(String status, String name, String description) {
            this.status = status;
            this.name = name;
            this.description = description;
        }
    }
}
