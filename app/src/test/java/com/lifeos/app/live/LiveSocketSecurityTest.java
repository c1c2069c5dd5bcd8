package com.lifeos.app.live;

import java.time.Duration;
import java.time.Instant;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.LiveClient;
import com.lifeos.app.support.TestKeys;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Who may use the socket, and which destinations: a user reaches only their own queues. */
class LiveSocketSecurityTest extends ApiTestSupport {

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
        String shortLived = TestKeys.accessToken(ada.id(), "lifeos", Instant.now().plusSeconds(3));
        try (LiveClient live = LiveClient.connect(port, shortLived)) {
            assertThat(live.isConnected()).isTrue();
            await().atMost(Duration.ofSeconds(20)).until(() -> !live.isConnected());
        }
        String expired = TestKeys.accessToken(ada.id(), "lifeos", Instant.now().minusSeconds(120));
        assertThat(LiveClient.refusal(port, "Bearer " + expired)).contains("expired");
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
