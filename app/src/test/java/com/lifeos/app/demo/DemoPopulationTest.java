package com.lifeos.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.lifeos.identity.account.AccountRegistration;
import com.lifeos.app.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The benchmark's population: numbered accounts, each with its own history, written side by side. */
class DemoPopulationTest extends ApiTestSupport {

    @Autowired
    AccountRegistration registration;

    @Autowired
    DemoHistory history;

    @Autowired
    Clock clock;

    @Test
    void aPopulationOpensNumberedAccountsEachWithAHistoryAndLeavesThemAloneTheSecondTime() {
        String name = "crowd-" + UUID.randomUUID();
        DemoProperties properties = new DemoProperties(name + "@lifeos.test", "lifeos demo", "Europe/Berlin", 10,
                7, 3, 2);
        new DemoSeeder(properties, registration, history, clock).run(null);

        for (int n = 1; n <= 3; n++) {
            String email = name + "+" + n + "@lifeos.test";
            String token = api().post("/api/auth/login", null,
                    "{\"email\":\"%s\",\"password\":\"lifeos demo\"}".formatted(email)).json()
                    .path("access_token").asText();
            assertThat(token).as(email).isNotBlank();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    api().get("/api/habits?page=0&size=20", token).json().path("items")).as(email).hasSize(5));
        }
        assertThat(registration.openOrFind(name + "+2@lifeos.test", "lifeos demo", "Demo", "Europe/Berlin").isNew())
                .isFalse();
    }

    @Test
    void oneUserKeepsTheSeedAddressItself() {
        assertThat(new DemoProperties("demo@lifeos.test", "p", "UTC", 1, 1, 1, 1).emails())
                .containsExactly("demo@lifeos.test");
        assertThat(new DemoProperties("b@x.org", "p", "UTC", 1, 1, 2, 1).emails())
                .containsExactly("b+1@x.org", "b+2@x.org");
    }

    @Test
    void aPopulationOfNoUsersIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new DemoProperties("b@x.org", "p", "UTC", 1, 1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
