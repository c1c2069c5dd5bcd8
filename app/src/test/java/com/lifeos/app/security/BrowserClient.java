package com.lifeos.app.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import com.lifeos.app.support.Api;

/** What a browser page on {@code origin} sends: its Origin header, preflights, and the live socket's handshake. */
record BrowserClient(int port, String origin) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The OPTIONS request a browser sends before a cross-origin request that is not "simple". */
    Api.Response preflight(String path, String method, String requestHeaders) {
        HttpRequest.Builder request = request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", method);
        if (requestHeaders != null) {
            request.header("Access-Control-Request-Headers", requestHeaders);
        }
        return send(request);
    }

    Api.Response get(String path, String token) {
        return send(request(path).GET().header("Authorization", "Bearer " + token));
    }

    Api.Response post(String path, String token, String json) {
        HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** The HTTP status of the live socket's handshake: 101 when it opened (and is closed again at once). */
    int openLiveSocket() throws Exception {
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        try {
            WebSocket socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/ws"),
                    new WebSocket.Listener() { }).get(20, TimeUnit.SECONDS);
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
            return 101;
        } catch (java.util.concurrent.ExecutionException | CompletionException failed) {
            if (failed.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw failed;
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        return origin == null ? request : request.header("Origin", origin);
    }

    private static Api.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
