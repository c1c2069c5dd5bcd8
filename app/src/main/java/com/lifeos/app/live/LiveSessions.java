package com.lifeos.app.live;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.lifeos.identity.account.Accounts;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * Ends sessions whose access token has expired or been ended by its account (logout, password reset, erasure, on
 * any instance), even if the client stays silent: an open socket must not outlive the token that opened it. Checked
 * every {@code lifeos.live.expiry-check}, with one read of the accounts of all open sessions. The client reconnects
 * with a fresh token.
 */
@Component
class LiveSessions implements WebSocketHandlerDecoratorFactory {

    private static final CloseStatus TOKEN_EXPIRED = new CloseStatus(4001, "access token expired");
    private static final CloseStatus TOKEN_REVOKED = new CloseStatus(4003, "access token ended by its account");

    private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);

    private final Map<String, WebSocketSession> open = new ConcurrentHashMap<>();
    private final StompGate gate;
    private final Accounts accounts;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .name("live-session-expiry").daemon().factory());

    LiveSessions(StompGate gate, Accounts accounts, LiveProperties properties) {
        this.gate = gate;
        this.accounts = accounts;
        long every = Math.max(1, properties.expiryCheck().toMillis());
        sweeper.scheduleWithFixedDelay(this::closeEnded, every, every, TimeUnit.MILLISECONDS);
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

    void closeEnded() {
        try {
            List<WebSocketSession> sessions = List.copyOf(open.values());
            Map<UUID, Long> tokenVersions = accounts.tokenVersions(sessions.stream()
                    .flatMap(session -> gate.accountOf(session.getAttributes()).stream())
                    .toList());
            for (WebSocketSession session : sessions) {
                if (gate.expired(session.getAttributes())) {
                    close(session, TOKEN_EXPIRED);
                } else if (gate.revoked(session.getAttributes(), tokenVersions)) {
                    close(session, TOKEN_REVOKED);
                }
            }
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: the next check tries anew (every frame is checked anyway)
            log.warn("Could not check the open live sessions' tokens: {}", e.toString());
        }
    }

    private void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException e) {
            open.remove(session.getId());
        }
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
    }
}
