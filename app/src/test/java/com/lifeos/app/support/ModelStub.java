package com.lifeos.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for an OpenAI-compatible server: answers {@code POST /v1/chat/completions} as the chat completions
 * protocol does, with a valid canned answer for whichever schema the request names, unless a test queued another
 * reply (bad JSON, a 429, a slow answer). Every request body is kept for the test to inspect.
 */
public final class ModelStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the stub does with one request: its status, the completion's content, and how long it waits first. */
    public record Reply(int status, String content, Duration delay) {

        public static Reply content(String content) {
            return new Reply(200, content, Duration.ZERO);
        }

        public static Reply status(int status) {
            return new Reply(status, null, Duration.ZERO);
        }

        public static Reply slow(Duration delay) {
            return new Reply(200, null, delay);
        }
    }

    private final HttpServer server;
    private final List<String> requests = new ArrayList<>();
    private final Deque<Reply> queued = new ConcurrentLinkedDeque<>();

    private ModelStub(HttpServer server) {
        this.server = server;
    }

    public static ModelStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ModelStub stub = new ModelStub(server);
            server.createContext("/v1/chat/completions", stub::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the model stub", e);
        }
    }

    /** The base URL to configure as {@code lifeos.ai.base-url}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The next requests get these replies, in order; after them, valid answers again. */
    public void then(Reply... replies) {
        queued.addAll(List.of(replies));
    }

    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    public synchronized int calls() {
        return requests.size();
    }

    public synchronized JsonNode lastRequest() {
        try {
            return JSON.readTree(requests.getLast());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        synchronized (this) {
            requests.add(body);
        }
        Reply reply = queued.poll();
        if (reply == null) {
            reply = Reply.content(validAnswer(JSON.readTree(body)));
        }
        if (!reply.delay().isZero()) {
            try {
                Thread.sleep(reply.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (reply.status() != 200) {
            respond(exchange, reply.status(),
                    "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}");
            return;
        }
        String content = reply.content() != null ? reply.content() : validAnswer(JSON.readTree(body));
        ObjectNode completion = JSON.createObjectNode();
        completion.put("id", "chatcmpl-stub");
        completion.put("object", "chat.completion");
        completion.put("created", 1_700_000_000L);
        completion.put("model", JSON.readTree(body).path("model").asText());
        ObjectNode choice = completion.putArray("choices").addObject();
        choice.put("index", 0);
        choice.put("finish_reason", "stop");
        choice.putNull("logprobs");
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        message.putNull("refusal");
        respond(exchange, 200, JSON.writeValueAsString(completion));
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A schema-valid answer for the schema the request names. */
    public static String validAnswer(JsonNode request) {
        String schema = request.path("response_format").path("json_schema").path("name").asText();
        LocalDate later = TestClock.today().plusMonths(3);
        return switch (schema) {
            case "goal_suggestions" -> """
                    {"suggestions":[
                      {"title":"Run a 10k race","description":"Finish a 10k.","category":"fitness","target_date":"%s","why":"steps at 6000"},
                      {"title":"Save 500 a month","description":"Three months in a row.","category":"finance","target_date":"%s","why":"savings rate 4%%"},
                      {"title":"Read 6 books","description":"One every two weeks.","category":"learning","target_date":"%s","why":"learning score 40"}]}"""
                    .formatted(later, later, later);
            case "habit_recommendations" -> """
                    {"recommendations":[
                      {"title":"Stretch in the morning","frequency":"daily","target_per_week":null,"days_of_week":null,"why":"health score 50"},
                      {"title":"Long run","frequency":"weekly","target_per_week":2,"days_of_week":null,"why":"goal at 20%"},
                      {"title":"Language lesson","frequency":"weekdays","target_per_week":null,"days_of_week":["TUE","MON"],"why":"learning 30 minutes"}]}""";
            case "insight_recommendations" -> """
                    {"recommendations":[
                      {"title":"Sleep earlier","detail":"Bed by 23:00.","area":"health","evidence":"sleep 6.1 hours"},
                      {"title":"Spend less on food","detail":"Cook at home.","area":"finance","evidence":"Food at 130% of budget"},
                      {"title":"Keep the streak","detail":"Same time daily.","area":"habits","evidence":"12-day streak"}]}""";
            default -> "{}";
        };
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
