package com.lifeos.app.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /v3/api-docs} of the app under test, fetched once per app: springdoc builds it on the first request,
 * which on a busy machine can take longer than the ordinary client's timeout.
 */
final class LiveDocument {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Map<Integer, String> BY_PORT = new ConcurrentHashMap<>();

    private LiveDocument() {
    }

    static String of(int port) {
        return BY_PORT.computeIfAbsent(port, LiveDocument::fetch);
    }

    private static String fetch(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                .timeout(Duration.ofMinutes(3)).build();
        try {
            HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("/v3/api-docs answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
