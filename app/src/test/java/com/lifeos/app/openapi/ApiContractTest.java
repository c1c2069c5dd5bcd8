package com.lifeos.app.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document against the running API: for a sample of endpoints every documented response field appears in the
 * real answer and every field of the answer is documented, through nested objects and array items; the answer's
 * status is one the document lists; the documented example bodies are accepted as they stand.
 */
class ApiContractTest extends ApiTestSupport {

    private JsonNode document;
    private TestUser user;

    @BeforeEach
    void readTheDocument() {
        document = new Api.Response(200, LiveDocument.of(port), java.util.Map.of()).json();
        user = newUser();
    }

    @Test
    void accountAnswersAreAsDocumented() {
        var registered = api().post("/api/auth/register", null, example("RegisterRequest").toString()
                .replace("ada@example.org", "ada-" + java.util.UUID.randomUUID() + "@example.org"));
        conforms("post", "/api/auth/register", registered);

        conforms("get", "/api/auth/me", api().get("/api/auth/me", user.accessToken()));
        conforms("get", "/api/settings", api().get("/api/settings", user.accessToken()));
        conforms("post", "/api/auth/login", api().post("/api/auth/login", null,
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(user.email(), user.password())));
    }

    @Test
    void goalsAreAsDocumented() {
        createGetAndList("/api/goals", "CreateGoalRequest");
    }

    @Test
    void habitsAreAsDocumented() {
        String id = createGetAndList("/api/habits", "CreateHabitRequest");
        conforms("post", "/api/habits/{id}/checkin", api().post("/api/habits/" + id + "/checkin",
                user.accessToken(), example("HabitCheckInRequest").toString()));
        conforms("get", "/api/habits/streaks", api().get("/api/habits/streaks", user.accessToken()));
    }

    @Test
    void projectsAreAsDocumented() {
        createGetAndList("/api/projects", "CreateProjectRequest");
    }

    @Test
    void financeRecordsAreAsDocumented() {
        var created = api().post("/api/finance/records", user.accessToken(), example("CreateFinanceRequest").toString());
        conforms("post", "/api/finance/records", created);
        String id = created.json().path("id").asText();
        conforms("get", "/api/finance/records/{id}", api().get("/api/finance/records/" + id, user.accessToken()));
        conforms("post", "/api/finance/budget", api().post("/api/finance/budget", user.accessToken(),
                example("FinanceBudgetRequest").toString()));
    }

    @Test
    void timeEntriesAreAsDocumented() {
        createGetAndList("/api/time/entries", "CreateTimeRequest");
    }

    @Test
    void otherAreasAreAsDocumented() {
        createGetAndList("/api/health/metrics", "CreateHealthRequest");
        createGetAndList("/api/learning/sessions", "CreateLearningRequest");
        createGetAndList("/api/journal/entries", "CreateJournalRequest");
        createGetAndList("/api/relationships", "CreateRelationshipRequest");
    }

    @Test
    void theDashboardIsAsDocumented() {
        createGetAndList("/api/goals", "CreateGoalRequest");
        createGetAndList("/api/habits", "CreateHabitRequest");

        conforms("get", "/api/dashboard/overview", api().get("/api/dashboard/overview", user.accessToken()));
        conforms("get", "/api/dashboard/metrics", api().get("/api/dashboard/metrics", user.accessToken()));
    }

    @Test
    void problemsAreAsDocumented() {
        var invalid = api().post("/api/goals", user.accessToken(), "{\"title\":\"\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertDocumentedStatus("post", "/api/goals", 400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        List<String> problems = new ArrayList<>();
        compare(schemaNamed("Problem"), invalid.json(), "problem", problems, false);
        assertThat(problems).isEmpty();

        var missing = api().get("/api/goals/" + java.util.UUID.randomUUID(), user.accessToken());
        assertThat(missing.status()).isEqualTo(404);
        assertDocumentedStatus("get", "/api/goals/{id}", 404);
        compare(schemaNamed("Problem"), missing.json(), "problem", problems, false);
        assertThat(problems).isEmpty();
    }

    /** Creates from the documented example, then reads it back one by one and as a list. */
    private String createGetAndList(String collection, String example) {
        var created = api().post(collection, user.accessToken(), example(example).toString());
        conforms("post", collection, created);
        String id = created.json().path("id").asText();
        conforms("get", collection + "/{id}", api().get(collection + "/" + id, user.accessToken()));
        conforms("get", collection, api().get(collection, user.accessToken()));
        return id;
    }

    private JsonNode example(String schema) {
        JsonNode example = schemaNamed(schema).path("example");
        assertThat(example.isObject()).as("example of " + schema).isTrue();
        return example;
    }

    private void conforms(String method, String path, Api.Response answer) {
        assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isLessThan(300);
        assertDocumentedStatus(method, path, answer.status());
        JsonNode schema = document.path("paths").path(path).path(method).path("responses")
                .path(String.valueOf(answer.status())).path("content").path("application/json").path("schema");
        assertThat(schema.isMissingNode()).as(method + " " + path + " documents a JSON answer").isFalse();
        List<String> problems = new ArrayList<>();
        compare(schema, answer.json(), method + " " + path, problems, true);
        assertThat(problems).as(answer.body()).isEmpty();
    }

    private void assertDocumentedStatus(String method, String path, int status) {
        assertThat(document.path("paths").path(path).path(method).path("responses").has(String.valueOf(status)))
                .as(method + " " + path + " documents " + status).isTrue();
    }

    /**
     * Field names of {@code actual} against {@code schema}, recursively. With {@code allDocumentedPresent}, a documented
     * field missing from the answer is a mismatch too (answers write their null fields); problems leave out
     * {@code errors} when there are none, so they are held only to their required fields.
     */
    private void compare(JsonNode schema, JsonNode actual, String where, List<String> problems,
                         boolean allDocumentedPresent) {
        schema = resolved(schema);
        if (actual == null || actual.isNull() || actual.isMissingNode()) {
            return;
        }
        if (actual.isArray()) {
            JsonNode items = schema.path("items");
            if (items.isMissingNode()) {
                problems.add(where + " is an array, documented as " + schema);
                return;
            }
            for (int i = 0; i < actual.size(); i++) {
                compare(items, actual.get(i), where + "[" + i + "]", problems, allDocumentedPresent);
            }
            return;
        }
        if (!actual.isObject()) {
            return;
        }
        JsonNode properties = schema.path("properties");
        if (properties.isMissingNode() || properties.isEmpty()) {
            JsonNode values = schema.path("additionalProperties");
            if (values.isObject()) {
                actual.properties().forEach(field -> compare(values, field.getValue(), where + "." + field.getKey(),
                        problems, allDocumentedPresent));
            } else {
                problems.add(where + " is an object, documented without properties: " + schema);
            }
            return;
        }
        Set<String> documented = new TreeSet<>();
        properties.fieldNames().forEachRemaining(documented::add);
        Set<String> answered = new TreeSet<>();
        actual.fieldNames().forEachRemaining(answered::add);
        for (String field : answered) {
            if (!documented.contains(field)) {
                problems.add(where + "." + field + " is in the answer but not documented");
            }
        }
        Set<String> expected = new TreeSet<>(documented);
        if (!allDocumentedPresent) {
            expected.clear();
            schema.path("required").forEach(name -> expected.add(name.asText()));
        }
        for (String field : expected) {
            if (!answered.contains(field)) {
                problems.add(where + "." + field + " is documented but not in the answer");
            }
        }
        for (String field : answered) {
            if (documented.contains(field)) {
                compare(properties.path(field), actual.path(field), where + "." + field, problems,
                        allDocumentedPresent);
            }
        }
    }

    private JsonNode resolved(JsonNode schema) {
        while (schema.has("$ref")) {
            schema = schemaNamed(schema.path("$ref").asText().substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private JsonNode schemaNamed(String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        assertThat(schema.isMissingNode()).as("schema " + name).isFalse();
        return schema;
    }
}
