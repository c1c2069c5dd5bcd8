package com.lifeos.app.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that teach: every class of error answers a complete problem (type under /problems, title, status, detail,
 * instance; errors for validation), a validation problem names every bad field at once, type errors say what was
 * expected, and the type URIs can be looked up.
 */
class ErrorShapeTest extends ApiTestSupport {

    @Test
    void everyInvalidFieldIsReportedInOneAnswer() {
        TestUser user = newUser();
        Api.Response response = api().post("/api/habits", user.accessToken(),
                "{\"title\":\"\",\"frequency\":\"hourly\"}");
        assertProblem(response, 400, "validation", "/api/habits");
        assertThat(errors(response)).containsExactly("title: must not be blank",
                "frequency: must be one of: daily, weekly, weekdays");

        Api.Response many = api().post("/api/goals", user.accessToken(), "{\"title\":\"Learn Go\","
                + "\"targetDate\":\"2027-06-01\",\"target_date\":\"next year\",\"priority\":7,\"description\":{}}");
        assertProblem(many, 400, "validation", "/api/goals");
        assertThat(errors(many)).contains("targetDate: is not a known field; did you mean target_date?",
                "target_date: must be a date like 2026-05-31", "priority: must be one of: low, medium, high",
                "description: must be a string");
        assertThat(api().get("/api/goals", user.accessToken()).json().path("items").size())
                .as("nothing was created").isZero();
    }

    @Test
    void typeErrorsSayWhatWasExpected() {
        TestUser user = newUser();
        Api.Response numbers = api().post("/api/health/metrics", user.accessToken(),
                "{\"metric_type\":\"weight\",\"value\":\"heavy\",\"recorded_at\":\"yesterday\"}");
        assertThat(errors(numbers)).contains("value: must be a number",
                "recorded_at: must be a date-time with an offset like 2026-05-31T07:30:00Z");
        Api.Response list = api().post("/api/journal/entries", user.accessToken(),
                "{\"content\":\"Hi\",\"tags\":\"calm\",\"is_private\":\"maybe\"}");
        assertThat(errors(list)).contains("is_private: must be true or false");
        Api.Response whole = api().post("/api/learning/sessions", user.accessToken(),
                "{\"course_name\":\"Latin\",\"duration_minutes\":\"long\"}");
        assertThat(errors(whole)).containsExactly("duration_minutes: must be a whole number");
    }

    @Test
    void aBodyOfTheWrongShapeOrNoJsonAtAllSaysSo() {
        TestUser user = newUser();
        Api.Response string = api().post("/api/habits", user.accessToken(), "\"hello\"");
        assertProblem(string, 400, "malformed-body", "/api/habits");
        assertThat(string.json().path("detail").asText()).isEqualTo("The request body must be a JSON object.");
        Api.Response array = api().post("/api/habits", user.accessToken(), "[1,2]");
        assertThat(array.json().path("detail").asText()).isEqualTo("The request body must be a JSON object.");
        Api.Response broken = api().post("/api/habits", user.accessToken(), "{\"title\":");
        assertProblem(broken, 400, "malformed-body", "/api/habits");
        assertThat(broken.json().path("detail").asText()).isEqualTo("The request body is not valid JSON.");
    }

    @Test
    void everyClassOfErrorHasTheFullShape() {
        TestUser user = newUser();
        String token = user.accessToken();
        assertProblem(api().post("/api/habits", token, "{\"title\":\"Read\",\"frequency\":\"daily\",\"x\":1}"),
                400, "validation", "/api/habits");
        assertProblem(api().get("/api/habits?page=minus", token), 400, "validation", "/api/habits");
        assertProblem(api().send("POST", "/api/habits", token, "title=Read", "text/plain"), 415,
                "unsupported-media-type", "/api/habits");
        assertProblem(api().get("/api/no-such-thing", token), 404, "not-found", "/api/no-such-thing");
        assertProblem(api().get("/api/habits/00000000-0000-4000-8000-000000000000", token), 404, "not-found",
                "/api/habits/00000000-0000-4000-8000-000000000000");
        assertProblem(api().get("/api/no-such-thing", null), 401, "authentication-required", "/api/no-such-thing");
        assertProblem(api().get("/api/habits", "not.a.token"), 401, "authentication-required", "/api/habits");
        assertProblem(api().delete("/api/habits", token), 405, "method-not-allowed", "/api/habits");
        assertProblem(api().get("/api/admin/projections", token), 403, "forbidden", "/api/admin/projections");
        assertProblem(api().post("/api/auth/register", null, "{\"email\":\"" + user.email()
                + "\",\"password\":\"correct horse battery\"}"), 409, "conflict", "/api/auth/register");
        Api.Response tooLarge = api().post("/api/journal/entries", token,
                "{\"content\":\"" + "a".repeat(1_100_000) + "\"}");
        assertProblem(tooLarge, 413, "body-too-large", "/api/journal/entries");
        assertProblem(api().get("/error", null), 404, "not-found", "/error");
    }

    @Test
    void aTrailingSlashIsTheSameEndpoint() {
        TestUser user = newUser();
        Api.Response created = api().post("/api/habits/", user.accessToken(),
                "{\"title\":\"Walk\",\"frequency\":\"daily\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Response withSlash = api().get("/api/habits/", user.accessToken());
        Api.Response without = api().get("/api/habits", user.accessToken());
        assertThat(withSlash.status()).isEqualTo(200);
        assertThat(withSlash.json()).isEqualTo(without.json());
        assertProblem(api().get("/api/habits/", null), 401, "authentication-required", "/api/habits");
    }

    @Test
    void everyProblemTypeCanBeLookedUpWithoutAToken() {
        for (ProblemType type : ProblemType.values()) {
            Api.Response described = api().get(type.uri().toString(), null);
            assertThat(described.status()).as(type.slug()).isEqualTo(200);
            assertThat(described.json().path("type").asText()).isEqualTo(type.uri().toString());
            assertThat(described.json().path("title").asText()).isEqualTo(type.title());
            assertThat(described.json().path("description").asText()).isNotBlank();
        }
        assertThat(api().get("/problems", null).json().size()).isEqualTo(ProblemType.values().length);
        assertProblem(api().get("/problems/no-such-type", null), 404, "not-found", "/problems/no-such-type");
    }

    private static void assertProblem(Api.Response response, int status, String slug, String instance) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("type").asText()).as(response.body()).isEqualTo("/problems/" + slug);
        assertThat(problem.path("title").asText()).as(response.body()).isNotBlank();
        assertThat(problem.path("status").asInt()).as(response.body()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).as(response.body()).isNotBlank();
        assertThat(problem.path("instance").asText()).as(response.body()).isEqualTo(instance);
        if (slug.equals("validation")) {
            assertThat(problem.path("errors").size()).as(response.body()).isPositive();
            problem.path("errors").forEach(error -> {
                assertThat(error.path("field").asText()).isNotBlank();
                assertThat(error.path("message").asText()).isNotBlank();
            });
        }
    }

    private static List<String> errors(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> errors = new ArrayList<>();
        response.json().path("errors")
                .forEach(error -> errors.add(error.path("field").asText() + ": " + error.path("message").asText()));
        return errors;
    }
}
