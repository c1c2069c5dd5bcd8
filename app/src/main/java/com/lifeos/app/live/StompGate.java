package com.lifeos.app.live;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.lifeos.identity.account.AccessTokens;
import com.lifeos.app.security.AccountAuthentication;
import com.lifeos.app.security.AccountAuthentications;
import com.lifeos.app.web.RequestIds;
import org.slf4j.MDC;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Who may use the socket, checked on every frame a client sends. CONNECT must carry a valid LifeOS access token
 * ({@code Authorization: Bearer …}); the session then speaks for the token's user until the token expires or its
 * account ends it (logout, password reset, erasure): every later frame checks the account again, as a REST request
 * does, and {@link LiveSessions} closes such sessions even when they are silent. A client
 * may subscribe only to its own queues — {@code /user/queue/updates} and {@code /user/queue/errors}, which the broker
 * resolves to this session alone — and send only to {@code /app/…}. A refused frame ends in an ERROR frame.
 */
@Component
class StompGate implements ExecutorChannelInterceptor {

    static final String EXPIRES_AT = "lifeos.tokenExpiresAt";
    static final String ACCOUNT = "lifeos.account";
    static final String TOKEN_VERSION = "lifeos.tokenVersion";
    static final String REQUEST_ID_HEADER = "request-id";
    private static final Set<String> SUBSCRIPTIONS = Set.of("/user" + LiveDelivery.UPDATES, "/user" + LiveErrors.ERRORS);

    private final AccountAuthentications accounts;
    private final Clock clock;

    StompGate(AccountAuthentications accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        StompCommand command = stomp.getCommand();
        if (command == StompCommand.CONNECT || command == StompCommand.STOMP) {
            AccountAuthentication account = authenticate(stomp.getFirstNativeHeader("Authorization"));
            stomp.setUser(account);
            Map<String, Object> attributes = sessionAttributes(stomp);
            attributes.put(EXPIRES_AT, account.getToken().getExpiresAt());
            attributes.put(ACCOUNT, account.actor().userId());
            attributes.put(TOKEN_VERSION, AccessTokens.tokenVersionOf(account.getToken()).orElseThrow());
            return message;
        }
        if (command == StompCommand.DISCONNECT) {
            return message;
        }
        if (!(stomp.getUser() instanceof AccountAuthentication session) || expired(stomp)) {
            throw new MessageDeliveryException("The session's access token has expired; connect again.");
        }
        stomp.setUser(stillOpen(session.getToken()));
        if (command == StompCommand.SUBSCRIBE && !SUBSCRIPTIONS.contains(stomp.getDestination())) {
            throw new MessageDeliveryException("Only /user/queue/updates and /user/queue/errors can be subscribed to.");
        }
        if (command == StompCommand.SEND && (stomp.getDestination() == null || !stomp.getDestination().startsWith("/app/"))) {
            throw new MessageDeliveryException("Messages can be sent to /app/… only.");
        }
        return message;
    }

    /** The client's request id follows the command into the events it causes, as X-Request-Id does over HTTP. */
    @Override
    public Message<?> beforeHandle(Message<?> message, MessageChannel channel, MessageHandler handler) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        String requestId = stomp == null ? null : stomp.getFirstNativeHeader(REQUEST_ID_HEADER);
        if (RequestIds.isSane(requestId)) {
            MDC.put(RequestIds.MDC_KEY, requestId);
        }
        return message;
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler, Exception ex) {
        MDC.remove(RequestIds.MDC_KEY);
    }

    boolean expired(Map<String, Object> attributes) {
        return attributes != null && attributes.get(EXPIRES_AT) instanceof Instant expiresAt
                && !clock.instant().isBefore(expiresAt);
    }

    private boolean expired(StompHeaderAccessor stomp) {
        return expired(stomp.getSessionAttributes());
    }

    /**
     * Whether the session opened with these attributes has been ended by its account since, judged by the current
     * token versions of the accounts of the open sessions (an account that is gone has none).
     */
    boolean revoked(Map<String, Object> attributes, Map<UUID, Long> currentTokenVersions) {
        return attributes != null && attributes.get(ACCOUNT) instanceof UUID account
                && !Objects.equals(currentTokenVersions.get(account), attributes.get(TOKEN_VERSION));
    }

    /** The account the session with these attributes speaks for, once it has connected. */
    Optional<UUID> accountOf(Map<String, Object> attributes) {
        return attributes != null && attributes.get(ACCOUNT) instanceof UUID account ? Optional.of(account)
                : Optional.empty();
    }

    private AccountAuthentication authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new MessageDeliveryException("CONNECT needs an 'Authorization: Bearer <access token>' header.");
        }
        return refusedAsDelivery(() -> accounts.authenticate(authorization.substring(7).trim()));
    }

    /** The token's account as it is now, the same check a REST request passes. */
    private AccountAuthentication stillOpen(Jwt jwt) {
        return refusedAsDelivery(() -> accounts.convert(jwt));
    }

    private static AccountAuthentication refusedAsDelivery(Supplier<AccountAuthentication> authentication) {
        try {
            return authentication.get();
        } catch (AuthenticationException refused) {
            throw new MessageDeliveryException(refused.getMessage());
        }
    }

    private static Map<String, Object> sessionAttributes(StompHeaderAccessor stomp) {
        Map<String, Object> attributes = stomp.getSessionAttributes();
        if (attributes == null) {
            throw new MessageDeliveryException("No WebSocket session.");
        }
        return attributes;
    }
}
