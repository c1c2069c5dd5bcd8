package com.lifeos.app.system;

import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code management.server.port} set, the actuator moves to a port of its own, meant for a scraper on a private
 * network: Prometheus answers there without a token, and the main port serves no actuator endpoint but still its API.
 * A differently configured application, so it gets a database of its own.
 */
@DirtiesContext
@TestPropertySource(properties = "lifeos.test.database=management_port")
class ManagementPortTest extends ApiTestSupport {

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void managementPort(DynamicPropertyRegistry registry) {
        registry.add("management.server.port", () -> 0);
    }

    private Api management() {
        return new Api("http://localhost:" + managementPort);
    }

    @Test
    void prometheusIsScrapedOnTheManagementPortWithoutAToken() {
        var prometheus = management().send("GET", "/actuator/prometheus", null, null, null);

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
        assertThat(management().get("/actuator/health/readiness", null).json().path("status").asText()).isEqualTo("UP");
        assertThat(management().get("/actuator/health", null).json().has("components")).isFalse();
    }

    @Test
    void theMainPortServesNoActuatorButTheApi() {
        assertThat(api().send("GET", "/actuator/prometheus", null, null, null).status()).isEqualTo(401);
        assertThat(api().get("/v3/api-docs", null).status()).isEqualTo(200);
        assertThat(newUser().accessToken()).isNotBlank();
    }
}
