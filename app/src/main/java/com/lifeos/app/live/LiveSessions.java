package com.lifeos.app.live;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * Ends sessions whose access token has expired, even if the client stays silent: an open socket must not outlive
 * the token that opened it. The client reconnects with a fresh token.
 */
@Component
class LiveSessions implements WebSocketHandlerDecoratorFactory {

    private static final CloseStatus TOKEN_EXPIRED = new CloseStatus(4001, "access token expired");

    private final Map<String, WebSocketSession> open = new ConcurrentHashMap<>();
    private final StompGate gate;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .name("live-session-expiry").daemon().factory());

    LiveSessions(StompGate gate, LiveProperties properties) {
        this.gate = gate;
        long every = Math.max(1, properties.expiryCheck().toMillis());
        sweeper.scheduleWithFixedDelay(this::closeExpired, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                open.put(session.getId(), session);
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
                open.remove(session.getId());
                super.afterConnectionClosed(session, closeStatus);
            }
        };
    }

    void closeExpired() {
        open.values().forEach(session -> {
            if (gate.expired(session.getAttributes())) {
                try {
                    session.close(TOKEN_EXPIRED);
                } catch (IOException e) {
                    open.remove(session.getId());
                }
            }
        });
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
    }
}
