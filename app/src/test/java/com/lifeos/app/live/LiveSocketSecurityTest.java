package com.lifeos.app.live;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.lifeos.app.security.AccountAuthentication;
import com.lifeos.app.security.AccountAuthentications;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.LiveClient;
import com.lifeos.app.support.TestKeys;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Who may use the socket, and which destinations: a user reaches only their own queues. */
class LiveSocketSecurityTest extends ApiTestSupport {

    @Autowired
    StompGate gate;

    @Autowired
    JwtDecoder tokens;

    @Autowired
    AccountAuthentications accounts;

    @Test
    void aConnectWithoutATokenIsRefusedWithAnErrorFrame() {
        assertThat(LiveClient.refusal(port, null)).contains("Authorization");
    }

    @Test
    void aConnectWithABadTokenIsRefusedWithAnErrorFrame() {
        assertThat(LiveClient.refusal(port, "Bearer not-a-token")).contains("invalid");
        TestUser ada = newUser();
        String tampered = ada.accessToken().substring(0, ada.accessToken().length() - 4) + "AAAA";
        assertThat(LiveClient.refusal(port, "Bearer " + tampered)).contains("invalid");
    }

    @Test
    void aConnectWithAValidTokenIsAccepted() {
        TestUser ada = newUser();
        assertThat(LiveClient.refusal(port, "Bearer " + ada.accessToken())).isNull();
    }

    @Test
    void aSessionEndsWhenItsTokenExpires() {
        TestUser ada = newUser();
        String shortLived = TestKeys.accessToken(ada.id(), "lifeos", TestClock.now().plusSeconds(3));
        try (LiveClient live = LiveClient.connect(port, shortLived)) {
            assertThat(live.isConnected()).isTrue();
            await().atMost(Duration.ofSeconds(20)).until(() -> !live.isConnected());
        }
        String expired = TestKeys.accessToken(ada.id(), "lifeos", TestClock.now().minusSeconds(120));
        assertThat(LiveClient.refusal(port, "Bearer " + expired)).contains("expired");
    }

    @Test
    void aSessionIsClosedAndItsTokenRefusedOnceTheAccountSignsOut() {
        TestUser ada = newUser();
        try (LiveClient live = LiveClient.connect(port, ada.accessToken())) {
            assertThat(live.isConnected()).isTrue();

            assertThat(api().post("/api/auth/logout", null,
                    "{\"refresh_token\":\"%s\"}".formatted(ada.refreshToken())).status()).isEqualTo(204);

            await().atMost(Duration.ofSeconds(20)).until(() -> !live.isConnected());
        }
        assertThat(LiveClient.refusal(port, "Bearer " + ada.accessToken())).contains("sign-out");
    }

    @Test
    void everyFrameOfASessionWhoseAccountEndedItsTokensIsRefused() {
        TestUser ada = newUser();
        AccountAuthentication session = accounts.convert(tokens.decode(ada.accessToken()));
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(StompGate.EXPIRES_AT, session.getToken().getExpiresAt());
        assertThat(gate.preSend(subscription(session, attributes), null)).isNotNull();

        assertThat(api().send("DELETE", "/api/account", ada.accessToken(),
                "{\"password\":\"%s\"}".formatted(ada.password()), "application/json").status()).isEqualTo(204);

        assertThatThrownBy(() -> gate.preSend(subscription(session, attributes), null))
                .isInstanceOf(MessageDeliveryException.class)
                .hasMessageContaining("no longer exists");
        assertThat(LiveClient.refusal(port, "Bearer " + ada.accessToken())).contains("no longer exists");
    }

    private static Message<byte[]> subscription(AccountAuthentication user, Map<String, Object> attributes) {
        StompHeaderAccessor subscribe = StompHeaderAccessor.create(StompCommand.SUBSCRIBE);
        subscribe.setSessionId("a-session");
        subscribe.setSessionAttributes(attributes);
        subscribe.setUser(user);
        subscribe.setDestination("/user/queue/updates");
        subscribe.setLeaveMutable(true);
        return MessageBuilder.createMessage(new byte[0], subscribe.getMessageHeaders());
    }

    @Test
    void subscribingToAnythingButOnesOwnQueuesIsRefused() {
        TestUser ada = newUser();
        TestUser bob = newUser();
        try (LiveClient live = LiveClient.connect(port, ada.accessToken())) {
            live.subscribe("/user/" + bob.id() + "/queue/updates", new java.util.concurrent.LinkedBlockingQueue<>());
            assertThat(live.nextErrorFrame()).contains("/user/queue/updates");
        }
        try (LiveClient live = LiveClient.connect(port, ada.accessToken())) {
            live.subscribe("/queue/updates-user" + "someone-elses-session", new java.util.concurrent.LinkedBlockingQueue<>());
            assertThat(live.nextErrorFrame()).contains("/user/queue/updates");
        }
    }
}
