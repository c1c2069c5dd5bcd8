package com.lifeos.app.hardening;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus. For every endpoint the app maps (read from Spring's handler mapping, so a new endpoint is
 * covered or fails {@link #everyEndpointThatReadsABodyHasAValidExample}), cases are generated from a valid request:
 * each leaf of its JSON body replaced in turn by control characters, unpaired surrogates, over-long and 1 MB
 * strings, extreme and malformed dates, NaN/Infinity/huge numbers, wrong types, unknown enum values and deeply
 * nested JSON; whole bodies that are not objects; each query parameter and path variable replaced by the same
 * kind of values. Every case must be answered 4xx problem+json, store no event, and leave every processing group
 * running. The valid requests themselves must succeed, so the corpus proves refusals, not a broken endpoint.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadInputCorpusTest extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bad requests in flight at once: enough to keep both cores busy while one request waits on the database. */
    private static final int SENDERS = 4;
    private static final LocalDate TODAY = TestClock.today();
    private static final String YESTERDAY = TODAY.minusDays(1).toString();
    private static final String NEXT_YEAR = TODAY.plusYears(1).toString();

    /**
     * A valid request body for every endpoint that reads one. Placeholders: {{unique}} a fresh UUID per request,
     * {{email}}/{{password}} the fixture user's, {{refresh}} a fresh refresh token, {{goal}} the fixture goal,
     * {{reset}} a mailed password-reset token.
     */
    /**
     * A dead letter exists only once a handler has failed, which no valid request causes: these endpoints' valid
     * case is an unknown event id answered 404 problem+json (DeadLetterTest covers them with real dead letters).
     */
    private static final String NO_SUCH_DEAD_LETTER = "00000000-0000-4000-8000-00000000dead";

    private static final Map<String, String> VALID_BODIES = Map.ofEntries(
            Map.entry("POST /api/auth/register", """
                    {"email":"{{unique}}@example.org","password":"correct horse battery","first_name":"Ada",
                     "last_name":"Lovelace","timezone":"UTC","week_start":"monday"}"""),
            Map.entry("POST /api/auth/login", """
                    {"email":"{{email}}","password":"{{password}}"}"""),
            Map.entry("POST /api/auth/refresh", """
                    {"refresh_token":"{{refresh}}"}"""),
            Map.entry("POST /api/auth/logout", """
                    {"refresh_token":"{{refresh}}"}"""),
            Map.entry("POST /api/auth/forgot-password", """
                    {"email":"{{email}}"}"""),
            Map.entry("POST /api/auth/reset-password", """
                    {"token":"{{reset}}","password":"a brand new secret"}"""),
            Map.entry("PUT /api/auth/profile", """
                    {"first_name":"Ada","last_name":"Byron","avatar_url":"https://example.org/ada.png",
                     "timezone":"UTC","week_start":"monday"}"""),
            Map.entry("DELETE /api/account", """
                    {"password":"{{password}}"}"""),
            Map.entry("PUT /api/settings/{key}", """
                    {"value":"dark"}"""),
            Map.entry("POST /api/habits", """
                    {"title":"Read","description":"Ten pages\\nat least","category":"growth","frequency":"daily",
                     "target_per_week":7,"days_of_week":["MON","tue"],"reminder_time":"07:30","is_active":true}"""),
            Map.entry("PUT /api/habits/{id}", """
                    {"title":"Read more","description":"Twenty\\tpages","category":"mind","frequency":"weekly",
                     "target_per_week":3,"days_of_week":["MON"],"reminder_time":"08:00","is_active":true}"""),
            Map.entry("POST /api/habits/{id}/checkin", """
                    {"date":"YESTERDAY","notes":"felt good\\r\\nreally"}"""),
            Map.entry("POST /api/goals", """
                    {"title":"Run","description":"A marathon\\nin spring","category":"health",
                     "start_date":"YESTERDAY","target_date":"NEXT_YEAR","priority":"high"}"""),
            Map.entry("PUT /api/goals/{id}", """
                    {"title":"Run far","description":"d","category":"sport","target_date":"NEXT_YEAR",
                     "start_date":"YESTERDAY","priority":"low","status":"active"}"""),
            Map.entry("PUT /api/goals/{id}/progress", """
                    {"progress":40,"note":"halfway\\nalmost"}"""),
            Map.entry("POST /api/projects", """
                    {"title":"House","description":"Paint\\nwalls","start_date":"YESTERDAY","due_date":"NEXT_YEAR",
                     "priority":"medium","goal_id":"{{goal}}"}"""),
            Map.entry("PUT /api/projects/{id}", """
                    {"title":"House two","description":"d","start_date":"YESTERDAY","due_date":"NEXT_YEAR",
                     "priority":"high","status":"active"}"""),
            Map.entry("PUT /api/projects/{id}/progress", """
                    {"progress":10,"note":"started"}"""),
            Map.entry("POST /api/finance/records", """
                    {"type":"expense","amount":12.34,"currency":"EUR","category":"food",
                     "description":"lunch\\nwith Ann","date":"YESTERDAY"}"""),
            Map.entry("PUT /api/finance/records/{id}", """
                    {"type":"income","amount":100.5,"currency":"USD","category":"salary","description":"d",
                     "date":"YESTERDAY"}"""),
            Map.entry("POST /api/finance/budget", """
                    {"category":"food","month":"MONTH","amount":300.25,"currency":"EUR"}"""),
            Map.entry("POST /api/journal/entries", """
                    {"content":"Dear diary\\n\\tindented","entry_date":"YESTERDAY","mood":"good",
                     "tags":["calm","home"],"is_private":true}"""),
            Map.entry("PUT /api/journal/entries/{id}", """
                    {"content":"Changed","entry_date":"YESTERDAY","mood":"okay","tags":["work"],
                     "is_private":false}"""),
            Map.entry("POST /api/health/metrics", """
                    {"metric_type":"weight","value":70.5,"unit":"kg","recorded_at":"YESTERDAYT07:00:00Z",
                     "notes":"morning\\nbefore tea"}"""),
            Map.entry("PUT /api/health/metrics/{id}", """
                    {"metric_type":"weight","value":71.25,"unit":"kg","recorded_at":"YESTERDAYT08:00:00Z",
                     "notes":"n"}"""),
            Map.entry("POST /api/learning/sessions", """
                    {"course_name":"Algebra","platform":"Coursera","duration_minutes":45,
                     "progress_percentage":20,"session_date":"YESTERDAY","notes":"chapter\\none"}"""),
            Map.entry("PUT /api/learning/sessions/{id}", """
                    {"course_name":"Geometry","platform":"Book","duration_minutes":30,"progress_percentage":30,
                     "session_date":"YESTERDAY","notes":"n"}"""),
            Map.entry("POST /api/relationships", """
                    {"contact_name":"Ann","relationship_type":"friend","last_contact_date":"YESTERDAY",
                     "contact_every_days":14,"notes":"likes tea\\nand cake"}"""),
            Map.entry("PUT /api/relationships/{id}", """
                    {"contact_name":"Anne","relationship_type":"family","last_contact_date":"YESTERDAY",
                     "next_contact_date":"NEXT_YEAR","contact_every_days":30,"notes":"n"}"""),
            Map.entry("POST /api/relationships/{id}/interactions", """
                    {"date":"YESTERDAY","kind":"call","notes":"long\\ncall"}"""),
            Map.entry("POST /api/time/entries", """
                    {"activity":"Writing","category":"work","start_time":"YESTERDAYT09:00:00Z",
                     "end_time":"YESTERDAYT10:30:00Z","productivity_score":4}"""),
            Map.entry("PUT /api/time/entries/{id}", """
                    {"activity":"Reading","category":"study","start_time":"YESTERDAYT11:00:00Z",
                     "end_time":"YESTERDAYT11:45:00Z","productivity_score":7}"""));

    /** Endpoints that read a body that is not JSON: their content type and a valid body. */
    private static final Map<String, String> VALID_CSV = Map.of(
            "POST /api/finance/records/import [text/csv]",
            "date,type,amount,category,description,currency\nYESTERDAY,expense,5.00,food,bread,EUR\n",
            "POST /api/finance/records/import [multipart/form-data]",
            "date,type,amount,category,description,currency\nYESTERDAY,income,7.50,gift,birthday,EUR\n");

    /** Bad CSV rows for the import: each must refuse the whole file. */
    private static final List<String> BAD_CSV_ROWS = List.of(
            "YESTERDAY,expense,5.00,fo\u0000od,bread,EUR", "YESTERDAY,expense,5.00,food,br\u0000ead,EUR",
            "YESTERDAY,expense,5.00,fo\u0007od,bread,EUR", "YESTERDAY,expense,5.00,food,br\u001Bead,EUR",
            "-999999999-01-01,expense,5.00,food,bread,EUR", "+999999999-12-31,expense,5.00,food,bread,EUR",
            "1899-12-31,expense,5.00,food,bread,EUR", "YESTERDAY,expense,NaN,food,bread,EUR",
            "YESTERDAY,expense,1e400,food,bread,EUR", "YESTERDAY,expense,1e999999999,food,bread,EUR",
            "YESTERDAY,no_such_type,5.00,food,bread,EUR", "YESTERDAY,expense,5.00," + "a".repeat(20_001) + ",x,EUR");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    @Autowired
    private JdbcTemplate jdbc;

    private TestUser admin;
    private TestUser user;
    private Map<String, String> ids;

    @BeforeEach
    void fixture() {
        admin = admin();
        user = newUser();
        ids = createEntitiesOf(user);
    }

    @Test
    void everyEndpointThatReadsABodyHasAValidExample() {
        List<String> missing = endpoints().stream()
                .filter(Endpoint::readsBody)
                .map(Endpoint::key)
                .filter(key -> !VALID_BODIES.containsKey(key) && !VALID_CSV.containsKey(key))
                .toList();
        assertThat(missing).as("endpoints without a valid example in the corpus").isEmpty();
        List<String> known = endpoints().stream().map(Endpoint::key).toList();
        assertThat(known).as("corpus entries for endpoints that no longer exist")
                .containsAll(VALID_BODIES.keySet()).containsAll(VALID_CSV.keySet());
    }

    @Test
    void everyBadInputIsRefusedWithAProblemAndStoresNothing() {
        List<Case> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            cases.addAll(badCasesOf(endpoint));
        }
        assertThat(cases).as("generated cases").hasSizeGreaterThan(2_000);

        // The cases are sent a few at a time (they only read the fixture, and each is refused), and the event log is
        // counted around all of them: nothing else writes to this JVM's database meanwhile. Should anything have been
        // stored, each case is sent again alone to name the ones that store.
        long eventsBefore = storedEvents();
        List<String> failures = concurrently(cases, this::refusedAsAProblem);
        long stored = storedEvents() - eventsBefore;
        if (stored != 0) {
            failures = new ArrayList<>(cases.stream().map(this::refusedWithoutEffect).filter(Objects::nonNull).toList());
            failures.add(stored + " event(s) stored by the bad requests sent together");
        }
        assertThat(failures).as(failures.size() + " of " + cases.size() + " bad requests were not refused cleanly")
                .isEmpty();
        assertEveryProcessingGroupRunning();
    }

    /** What {@code check} found wrong with each case (in the cases' order), checking {@value #SENDERS} at a time. */
    private static List<String> concurrently(List<Case> cases, Function<Case, String> check) {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Case bad : cases) {
                results.add(senders.submit(() -> check.apply(bad)));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> result : results) {
                String failure = result.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
            return failures;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new AssertionError("a case could not be sent", e.getCause());
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void everyValidExampleSucceeds(CapturedOutput output) {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : inSafeOrder(endpoints())) {
            if (!endpoint.readsBody() && endpoint.queryParameters().isEmpty() && !endpoint.hasPathVariables()) {
                continue;
            }
            Case valid = validCaseOf(endpoint, output);
            Api.Response response = send(valid);
            if (endpoint.pattern().endsWith("/logout") && response.status() / 100 == 2) {
                user = signedInAgain(user); // a logout ends the account's access tokens; the later cases need one
            }
            boolean unknownDeadLetter = endpoint.pattern().contains("{eventId}") && response.status() == 404
                    && String.valueOf(response.contentType()).startsWith("application/problem+json");
            if (response.status() / 100 != 2 && !unknownDeadLetter) {
                failures.add(valid.describe() + " -> " + response.status() + " " + abbreviated(response.body()));
            }
        }
        assertThat(failures).as("valid requests that failed").isEmpty();
        assertEveryProcessingGroupRunning();
    }

    /**
     * Unknown fields are refused by every request type: each valid body plus a field it does not have, and a
     * misspelling of one it has (camelCase for snake_case), is a 400 naming both, the misspelling with the known name
     * it most likely meant, and stores nothing.
     */
    @Test
    void everyRequestTypeRefusesUnknownFieldsByName(CapturedOutput output) {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.readsBody() || VALID_CSV.containsKey(endpoint.key())) {
                continue;
            }
            checked++;
            ObjectNode body = (ObjectNode) parse(placeholders(validCaseOf(endpoint, output).body()));
            body.put("no_such_field", 1);
            String misspelt = body.properties().stream().map(Map.Entry::getKey)
                    .filter(name -> name.contains("_") && !name.equals("no_such_field")).findFirst().orElse(null);
            String camel = misspelt == null ? null : camelCase(misspelt);
            if (camel != null) {
                body.set(camel, body.get(misspelt));
                body.remove(misspelt);
            }
            long eventsBefore = storedEvents();
            Api.Response response = send(Case.json(endpoint, concretePath(endpoint) + validQuery(endpoint, n -> false),
                    body.toString(), "unknown fields"));
            JsonNode errors = response.json().path("errors");
            List<String> named = new ArrayList<>();
            errors.forEach(error -> named.add(error.path("field").asText() + ": " + error.path("message").asText()));
            boolean ok = response.status() == 400
                    && String.valueOf(response.contentType()).startsWith("application/problem+json")
                    && response.json().path("type").asText().equals("/problems/validation")
                    && named.contains("no_such_field: is not a known field")
                    && (camel == null || named.contains(camel + ": is not a known field; did you mean " + misspelt + "?"))
                    && storedEvents() == eventsBefore;
            if (!ok) {
                failures.add(endpoint.key() + " -> " + response.status() + " " + abbreviated(response.body()));
            }
        }
        assertThat(checked).as("endpoints reading a JSON body").isGreaterThan(30);
        assertThat(failures).as("request types that did not refuse unknown fields by name").isEmpty();
    }

    private static String camelCase(String snake) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    // ---- generation -------------------------------------------------------------------------------------------

    private List<Case> badCasesOf(Endpoint endpoint) {
        List<Case> cases = new ArrayList<>();
        String path = concretePath(endpoint);
        String validQuery = validQuery(endpoint, name -> false);
        if (VALID_CSV.containsKey(endpoint.key())) {
            for (String row : BAD_CSV_ROWS) {
                String csv = "date,type,amount,category,description,currency\n" + dated(row) + "\n";
                cases.add(Case.csv(endpoint, path, csv, "CSV row " + abbreviated(row)));
            }
            cases.add(Case.csv(endpoint, path, "date,type\n" + "x".repeat(2 * 1024 * 1024), "2 MB file"));
        } else if (endpoint.body().isPresent()) {
            String template = dated(VALID_BODIES.get(endpoint.key()));
            JsonNode valid = parse(template);
            for (String body : BadValues.bodies()) {
                cases.add(Case.json(endpoint, path + validQuery, body, "body " + abbreviated(body)));
            }
            boolean megabyteSent = false;
            for (Leaf leaf : leavesOf(valid)) {
                List<String> fragments = new ArrayList<>(BadValues.jsonFor(leaf.kind()));
                if (!megabyteSent && (leaf.kind() == BadValues.Kind.TEXT || leaf.kind() == BadValues.Kind.FREE_TEXT)) {
                    fragments.add("\"" + BadValues.ONE_MEGABYTE + "\"");
                    megabyteSent = true;
                }
                for (String fragment : fragments) {
                    cases.add(Case.json(endpoint, path + validQuery, leaf.replacedBy(valid, fragment),
                            leaf.path() + " = " + abbreviated(fragment)));
                }
            }
        }
        for (MethodParameter parameter : endpoint.queryParameters()) {
            if (parameter.getParameterType() == org.springframework.web.multipart.MultipartFile.class) {
                continue;
            }
            String name = Endpoint.nameOf(parameter);
            String others = validQuery(endpoint, name::equals);
            for (String value : BadValues.queryFor(parameter.getParameterType(), name)) {
                String query = (others.isEmpty() ? "?" : others + "&") + name + "=" + value;
                cases.add(validBodyCase(endpoint, path + query, "?" + name + "=" + abbreviated(value)));
            }
        }
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            if (variable == null) {
                continue;
            }
            String name = variable.value().isEmpty() ? variable.name().isEmpty() ? parameter.getParameterName()
                    : variable.name() : variable.value();
            for (String value : BadValues.pathFor(parameter.getParameterType())) {
                String badPath = endpoint.pattern().replace("{" + name + "}", value);
                cases.add(validBodyCase(endpoint, resolve(badPath) + validQuery, "{" + name + "} = "
                        + abbreviated(value)));
            }
        }
        return cases;
    }

    /** The endpoint's valid request with another path or query: only the named part is bad. */
    private Case validBodyCase(Endpoint endpoint, String pathAndQuery, String description) {
        if (VALID_CSV.containsKey(endpoint.key())) {
            return Case.csv(endpoint, pathAndQuery, dated(VALID_CSV.get(endpoint.key())), description);
        }
        String body = endpoint.body().isPresent() ? dated(VALID_BODIES.get(endpoint.key())) : null;
        return Case.json(endpoint, pathAndQuery, body, description);
    }

    private Case validCaseOf(Endpoint endpoint, CapturedOutput output) {
        String path = concretePath(endpoint) + validQuery(endpoint, name -> false);
        if (VALID_CSV.containsKey(endpoint.key())) {
            return Case.csv(endpoint, path, dated(VALID_CSV.get(endpoint.key())), "valid");
        }
        String body = endpoint.body().isPresent() ? dated(VALID_BODIES.get(endpoint.key())) : null;
        if (body != null && body.contains("{{reset}}")) {
            body = body.replace("{{reset}}", mailedResetToken(output));
        }
        return Case.json(endpoint, path, body, "valid");
    }

    /** Every query parameter with a plausible value, except those {@code skip} names. */
    private String validQuery(Endpoint endpoint, java.util.function.Predicate<String> skip) {
        List<String> pairs = new ArrayList<>();
        for (MethodParameter parameter : endpoint.queryParameters()) {
            String name = Endpoint.nameOf(parameter);
            if (skip.test(name) || parameter.getParameterType() == org.springframework.web.multipart.MultipartFile.class) {
                continue;
            }
            pairs.add(name + "=" + validParameter(parameter, name));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private String validParameter(MethodParameter parameter, String name) {
        Class<?> type = parameter.getParameterType();
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        if (annotation != null && !ValueConstants.DEFAULT_NONE.equals(annotation.defaultValue())) {
            return annotation.defaultValue();
        }
        if (type == LocalDate.class || type == String.class && (name.equals("from") || name.equals("to"))) {
            return name.equals("from") ? TODAY.minusDays(7).toString() : TODAY.toString();
        }
        if (type == YearMonth.class) {
            return YearMonth.from(TODAY).toString();
        }
        if (type == UUID.class) {
            return ids.get("goal");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString().toLowerCase(java.util.Locale.ROOT);
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true";
        }
        return switch (name) {
            case "metric_type" -> "weight";
            case "unit" -> "kg";
            case "currency" -> "EUR";
            case "format" -> "json";
            case "entity_id" -> ids.get("habit");
            case "type" -> "habit_created";
            default -> "x";
        };
    }

    private record Leaf(String path, List<Object> steps, BadValues.Kind kind) {

        String replacedBy(JsonNode valid, String fragment) {
            JsonNode copy = valid.deepCopy();
            JsonNode parent = copy;
            for (int i = 0; i < steps.size() - 1; i++) {
                parent = steps.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) steps.get(i));
            }
            String marker = "@@bad-" + UUID.randomUUID() + "@@";
            Object last = steps.getLast();
            if (last instanceof Integer index) {
                ((ArrayNode) parent).set(index, TextNode.valueOf(marker));
            } else {
                ((ObjectNode) parent).set((String) last, TextNode.valueOf(marker));
            }
            return copy.toString().replace("\"" + marker + "\"", fragment);
        }
    }

    private static List<Leaf> leavesOf(JsonNode body) {
        List<Leaf> leaves = new ArrayList<>();
        collect(body, "", "", new ArrayList<>(), leaves);
        return leaves;
    }

    private static void collect(JsonNode node, String path, String field, List<Object> steps, List<Leaf> leaves) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                List<Object> next = new ArrayList<>(steps);
                next.add(entry.getKey());
                collect(entry.getValue(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(),
                        entry.getKey(), next, leaves);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> next = new ArrayList<>(steps);
                next.add(i);
                collect(node.get(i), path + "[" + i + "]", field, next, leaves);
            }
        } else {
            leaves.add(new Leaf(path, steps, BadValues.kindOf(field, node)));
        }
    }

    // ---- running ----------------------------------------------------------------------------------------------

    private record Case(Endpoint endpoint, String pathAndQuery, String contentType, String body, String what) {

        static Case json(Endpoint endpoint, String pathAndQuery, String body, String what) {
            return new Case(endpoint, pathAndQuery, "application/json", body, what);
        }

        static Case csv(Endpoint endpoint, String pathAndQuery, String body, String what) {
            return new Case(endpoint, pathAndQuery, endpoint.consumes(), body, what);
        }

        String describe() {
            return endpoint.key() + " " + what;
        }
    }

    /** Null when the bad request was answered 4xx problem+json; otherwise what went wrong. */
    private String refusedAsAProblem(Case bad) {
        Api.Response response = send(bad);
        String contentType = response.contentType() == null ? "" : response.contentType();
        if (response.status() < 400 || response.status() >= 500 || !contentType.startsWith("application/problem+json")) {
            return bad.describe() + " -> " + response.status() + " " + contentType + ": " + abbreviated(response.body());
        }
        return null;
    }

    /** Null when the bad request, sent alone, was refused as it must be and stored nothing; otherwise what went wrong. */
    private String refusedWithoutEffect(Case bad) {
        long eventsBefore = storedEvents();
        Api.Response response = send(bad);
        long stored = storedEvents() - eventsBefore;
        String contentType = response.contentType() == null ? "" : response.contentType();
        if (response.status() < 400 || response.status() >= 500 || !contentType.startsWith("application/problem+json")
                || stored != 0) {
            return bad.describe() + " -> " + response.status() + " " + contentType + ", " + stored + " event(s) stored: "
                    + abbreviated(response.body());
        }
        return null;
    }

    private TestUser signedInAgain(TestUser signedOut) {
        Api.Response login = api().post("/api/auth/login", null,
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(signedOut.email(), signedOut.password()));
        assertThat(login.status() / 100).as(login.body()).isEqualTo(2);
        return new TestUser(signedOut.id(), signedOut.email(), signedOut.password(),
                login.json().path("access_token").asText(), login.json().path("refresh_token").asText());
    }

    private Api.Response send(Case request) {
        String token = request.endpoint().pattern().startsWith("/api/admin")
                || request.endpoint().pattern().startsWith("/api/audit/users") ? admin.accessToken()
                : request.endpoint().pattern().startsWith("/api/auth/") ? null : user.accessToken();
        if (request.endpoint().pattern().equals("/api/auth/profile")) {
            token = user.accessToken();
        }
        String body = request.body() == null ? null : placeholders(request.body());
        String contentType = request.contentType();
        if ("multipart/form-data".equals(contentType) && body != null) {
            String boundary = "corpus" + UUID.randomUUID();
            body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"records.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n" + body + "\r\n--" + boundary + "--\r\n";
            contentType = "multipart/form-data; boundary=" + boundary;
        }
        return api().send(request.endpoint().method(), request.pathAndQuery(), token, body, contentType);
    }

    private String placeholders(String body) {
        String filled = body.replace("{{email}}", user.email()).replace("{{password}}", user.password())
                .replace("{{goal}}", ids.get("goal"));
        while (filled.contains("{{unique}}")) {
            filled = filled.replaceFirst("\\{\\{unique}}", UUID.randomUUID().toString());
        }
        if (filled.contains("{{refresh}}")) {
            var login = api().post("/api/auth/login", null,
                    "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(user.email(), user.password()));
            filled = filled.replace("{{refresh}}", login.json().path("refresh_token").asText());
        }
        return filled;
    }

    private static String dated(String template) {
        return template.replace("YESTERDAY", YESTERDAY).replace("NEXT_YEAR", NEXT_YEAR)
                .replace("MONTH", YearMonth.from(TODAY).toString());
    }

    private String mailedResetToken(CapturedOutput output) {
        TestUser forgetful = newUser();
        assertThat(api().post("/api/auth/forgot-password", null, "{\"email\":\"" + forgetful.email() + "\"}")
                .status()).isEqualTo(202);
        var link = java.util.regex.Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");
        for (String line : output.getOut().split("\\R")) {
            var match = link.matcher(line);
            if (line.contains(forgetful.id().toString()) && match.find()) {
                return match.group(1);
            }
        }
        throw new AssertionError("no reset link was logged for " + forgetful.id());
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    private void assertEveryProcessingGroupRunning() {
        JsonNode groups = api().get("/api/admin/projections", admin.accessToken()).json().path("items");
        assertThat(groups.size()).as("processing groups").isGreaterThan(0);
        for (JsonNode group : groups) {
            assertThat(group.path("status").asText()).as("status of " + group.path("name").asText())
                    .isEqualTo("running");
        }
    }

    // ---- endpoints and their fixture --------------------------------------------------------------------------

    private List<Endpoint> endpoints() {
        return Endpoint.all(handlerMapping);
    }

    /** Writes first, then deletes (the most specific first), the account's erasure, and a replay last of all. */
    private static List<Endpoint> inSafeOrder(List<Endpoint> endpoints) {
        return endpoints.stream().sorted(Comparator
                        .comparing((Endpoint e) -> e.pattern().endsWith("/replay"))
                        .thenComparing(e -> e.pattern().equals("/api/account") && e.method().equals("DELETE"))
                        .thenComparing(e -> e.method().equals("DELETE") || e.pattern().endsWith("/logout"))
                        .thenComparing(e -> -e.pattern().length()))
                .toList();
    }

    private String concretePath(Endpoint endpoint) {
        return resolve(endpoint.pattern());
    }

    private String resolve(String pattern) {
        String path = pattern
                .replace("{userId}", user.id().toString())
                .replace("{checkInId}", ids.get("checkIn"))
                .replace("{interactionId}", ids.get("interaction"))
                .replace("{key}", "theme")
                .replace("{category}", "food")
                .replace("{name}", "habit")
                .replace("{eventId}", NO_SUCH_DEAD_LETTER);
        if (path.contains("{id}")) {
            String owner = ids.keySet().stream()
                    .filter(prefix -> prefix.startsWith("/") && path.startsWith(prefix + "/{id}"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the corpus has no entity for " + pattern));
            return path.replace("{id}", ids.get(owner));
        }
        assertThat(path).as("a path variable the corpus cannot fill in " + pattern).doesNotContain("{");
        return path;
    }

    /** One of each entity, so that paths with ids reach real resources of the user. */
    private Map<String, String> createEntitiesOf(TestUser owner) {
        Map<String, String> created = new LinkedHashMap<>();
        String token = owner.accessToken();
        String habit = idOf(api().post("/api/habits", token, "{\"title\":\"Walk\",\"frequency\":\"daily\"}"));
        created.put("habit", habit);
        created.put("/api/habits", habit);
        created.put("/api/audit/entities", habit);
        created.put("checkIn", idOf(api().post("/api/habits/" + habit + "/checkin", token,
                "{\"date\":\"" + TODAY.minusDays(2) + "\"}")));
        String goal = idOf(api().post("/api/goals", token, "{\"title\":\"Grow\"}"));
        created.put("goal", goal);
        created.put("/api/goals", goal);
        created.put("/api/projects", idOf(api().post("/api/projects", token, "{\"title\":\"Shed\"}")));
        created.put("/api/finance/records", idOf(api().post("/api/finance/records", token,
                "{\"type\":\"expense\",\"amount\":3.5,\"category\":\"food\"}")));
        assertThat(api().post("/api/finance/budget", token,
                "{\"category\":\"food\",\"month\":\"" + YearMonth.from(TODAY) + "\",\"amount\":100}").status())
                .isEqualTo(200);
        created.put("/api/journal/entries", idOf(api().post("/api/journal/entries", token,
                "{\"content\":\"First entry\"}")));
        created.put("/api/health/metrics", idOf(api().post("/api/health/metrics", token,
                "{\"metric_type\":\"weight\",\"value\":70}")));
        created.put("/api/learning/sessions", idOf(api().post("/api/learning/sessions", token,
                "{\"course_name\":\"Latin\",\"duration_minutes\":20}")));
        String relationship = idOf(api().post("/api/relationships", token, "{\"contact_name\":\"Bo\"}"));
        created.put("/api/relationships", relationship);
        created.put("interaction", idOf(api().post("/api/relationships/" + relationship + "/interactions", token,
                "{\"kind\":\"visit\"}")));
        created.put("/api/time/entries", idOf(api().post("/api/time/entries", token,
                "{\"activity\":\"Focus\",\"category\":\"work\",\"duration_minutes\":25}")));
        assertThat(api().put("/api/settings/theme", token, "{\"value\":\"light\"}").status()).isEqualTo(200);
        return created;
    }

    private static String idOf(Api.Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("the corpus holds invalid JSON: " + json, e);
        }
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        String visible = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return visible.length() > 80 ? visible.substring(0, 80) + "…(" + text.length() + " chars)" : visible;
    }
}
