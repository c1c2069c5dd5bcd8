package com.lifeos.app.support;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A STOMP client as a browser would be one: Spring's {@link WebSocketStompClient} on {@code /ws}, the access token in
 * the CONNECT frame. What arrives on the user's queues, and any ERROR frame, is collected for the test to take.
 */
public final class LiveClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final BlockingQueue<JsonNode> updates = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonNode> errors = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> errorFrames = new LinkedBlockingQueue<>();
    private final List<JsonNode> passedUpdates = new java.util.ArrayList<>();
    private final List<JsonNode> passedErrors = new java.util.ArrayList<>();
    private final WebSocketStompClient client;
    private StompSession session;

    private LiveClient() {
        client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
    }

    /** Connects with the token (null: no Authorization header) and subscribes to the user's two queues. */
    public static LiveClient connect(int port, String token) {
        LiveClient live = new LiveClient();
        live.open(port, token);
        live.subscribe("/user/queue/updates", live.updates);
        live.subscribe("/user/queue/errors", live.errors);
        return live;
    }

    /** Tries to connect; the ERROR frame's message when the server refused, null when it accepted. */
    public static String refusal(int port, String authorization) {
        LiveClient live = new LiveClient();
        StompHeaders connect = new StompHeaders();
        if (authorization != null) {
            connect.add("Authorization", authorization);
        }
        try {
            live.session = live.client.connectAsync("ws://localhost:" + port + "/ws", new WebSocketHttpHeaders(),
                    connect, live.handler()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return null;
        } catch (Exception refused) {
            return live.nextErrorFrame();
        } finally {
            live.close();
        }
    }

    private void open(int port, String token) {
        StompHeaders connect = new StompHeaders();
        connect.add("Authorization", "Bearer " + token);
        try {
            session = client.connectAsync("ws://localhost:" + port + "/ws", new WebSocketHttpHeaders(), connect,
                    handler()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("STOMP connect failed: " + errorFrames.peek(), e);
        }
    }

    private StompSessionHandlerAdapter handler() {
        return new StompSessionHandlerAdapter() {
            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                errorFrames.add(String.valueOf(headers.getFirst("message")));
            }

            @Override
            public void handleException(StompSession s, StompCommand command, StompHeaders headers, byte[] payload,
                                        Throwable exception) {
                errorFrames.add("exception: " + exception);
            }

            @Override
            public void handleTransportError(StompSession s, Throwable exception) {
                errorFrames.add("transport: " + exception);
            }
        };
    }

    /** Subscribes to any destination; the server's ERROR frame for a refused one arrives in {@link #nextErrorFrame}. */
    public void subscribe(String destination, BlockingQueue<JsonNode> into) {
        session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return tools.jackson.databind.JsonNode.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                try {
                    into.add(JSON.readTree(payload.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    /** Sends a JSON message to an {@code /app/...} destination with a request id. */
    public void send(String destination, String requestId, Map<String, ?> body) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        if (requestId != null) {
            headers.add("request-id", requestId);
        }
        session.send(headers, body);
    }

    /** The next update of this type for this entity; earlier updates of other kinds are passed over. */
    public JsonNode nextUpdate(String type, Object entityId) {
        return next(updates, u -> u.path("type").asText().equals(type)
                && u.path("entity_id").asText().equals(String.valueOf(entityId)), type + " " + entityId);
    }

    /**
     * The update of this type for this entity that carries the expected data: earlier ones (from writes made just
     * before connecting, whose notice may still have been on its way) are passed over.
     */
    public JsonNode nextUpdate(String type, Object entityId, JsonNode expectedData) {
        return next(updates, u -> u.path("type").asText().equals(type)
                && u.path("entity_id").asText().equals(String.valueOf(entityId))
                && u.path("data").equals(expectedData), type + " " + entityId + " with data " + expectedData);
    }

    public JsonNode nextUpdate(Predicate<JsonNode> wanted, String what) {
        return next(updates, wanted, what);
    }

    public JsonNode nextError() {
        return next(errors, e -> true, "an error");
    }

    /** Everything received so far on the updates queue, taken. */
    public List<JsonNode> drainUpdates() {
        List<JsonNode> taken = new java.util.ArrayList<>(passedUpdates);
        passedUpdates.clear();
        updates.drainTo(taken);
        return taken;
    }

    public String nextErrorFrame() {
        try {
            String frame = errorFrames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (frame == null) {
                throw new AssertionError("no ERROR frame within " + WAIT);
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public boolean isConnected() {
        return session != null && session.isConnected();
    }

    /** The first message, in arrival order, that is wanted; the ones passed over stay for later calls. */
    private JsonNode next(BlockingQueue<JsonNode> queue, Predicate<JsonNode> wanted, String what) {
        List<JsonNode> passed = queue == updates ? passedUpdates : passedErrors;
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (true) {
                queue.drainTo(passed);
                for (int i = 0; i < passed.size(); i++) {
                    if (wanted.test(passed.get(i))) {
                        return passed.remove(i);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                JsonNode node = queue.poll(left, TimeUnit.NANOSECONDS);
                if (node != null) {
                    passed.add(node);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("nothing like " + what + " arrived within " + WAIT + "; got " + passed);
    }

    @Override
    public void close() {
        if (session != null && session.isConnected()) {
            try {
                session.disconnect();
            } catch (RuntimeException alreadyClosedByTheServer) {
                // a refused frame makes the server close the connection; nothing left to end
            }
        }
        client.stop();
    }
}
