package com.lifeos.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JDK's HTTP client against the app under test, with the few calls the driver needs. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final String base;

    Http(String base) {
        this.base = base;
        // HTTP/1.1 with a pool large enough for the biggest client count: each load client keeps its own connection
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    Answer get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    Answer post(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted");
        }
    }

    String register(String email, String password) {
        Answer answer = post("/api/auth/register", null, """
                {"email":"%s","password":"%s","first_name":"Bench","timezone":"Europe/Berlin"}"""
                .formatted(email, password));
        if (!answer.ok()) {
            return login(email, password);
        }
        return answer.json().path("access_token").asText();
    }

    String login(String email, String password) {
        Answer answer = post("/api/auth/login", null, """
                {"email":"%s","password":"%s"}""".formatted(email, password));
        if (!answer.ok()) {
            throw new IllegalStateException("login " + email + " failed: " + answer.status() + " " + answer.body());
        }
        return answer.json().path("access_token").asText();
    }
}
