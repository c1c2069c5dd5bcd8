package com.lifeos.app.system;

import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations endpoints: probes and the overall health for anyone, health details, metrics and Prometheus for
 * administrators only.
 */
class OperationsEndpointsTest extends ApiTestSupport {

    private Api.Response get(String path, String token) {
        return api().send("GET", path, token, null, null);
    }

    @Test
    void healthLivenessAndReadinessArePublicButShowNoDetails() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            var health = api().get(path, null);
            assertThat(health.status()).as(path).isEqualTo(200);
            assertThat(health.json().path("status").asText()).as(path).isEqualTo("UP");
            assertThat(health.json().has("components")).as(path).isFalse();
            assertThat(health.json().has("details")).as(path).isFalse();
            assertThat(health.body()).as(path).doesNotContain("database").doesNotContain("path");
        }
    }

    @Test
    void anOrdinaryUserSeesHealthWithoutDetailsAndNoMetrics() {
        TestUser user = newUser();

        var health = api().get("/actuator/health", user.accessToken());
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().has("components")).isFalse();
        assertThat(get("/actuator/metrics", user.accessToken()).status()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", user.accessToken()).status()).isEqualTo(403);
        assertThat(get("/actuator", user.accessToken()).status()).isEqualTo(403);
    }

    @Test
    void withoutATokenMetricsAndPrometheusAreRefused() {
        var metrics = get("/actuator/metrics", null);
        assertThat(metrics.status()).isEqualTo(401);
        assertThat(metrics.contentType()).startsWith("application/problem+json");
        assertThat(get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(get("/actuator/metrics/jvm.memory.used", null).status()).isEqualTo(401);
        assertThat(get("/actuator", null).status()).isEqualTo(401);
        assertThat(get("/%61ctuator/prometheus", null).status()).isNotEqualTo(200);
        assertThat(get("/actuator/%70rometheus", null).status()).isNotEqualTo(200);
    }

    @Test
    void anAdministratorSeesHealthDetailsMetricsAndPrometheus() {
        String admin = admin().accessToken();

        var health = api().get("/actuator/health", admin);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.json().path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(get("/actuator/metrics", admin).json().path("names").toString()).contains("jvm.memory.used");
        var prometheus = get("/actuator/prometheus", admin);
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void anErasedAccountsTokenOpensNoMetrics() {
        TestUser user = newUser();
        assertThat(api().send("DELETE", "/api/account", user.accessToken(),
                "{\"password\":\"%s\"}".formatted(user.password()), "application/json").status()).isEqualTo(204);

        assertThat(get("/actuator/metrics", user.accessToken()).status()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", user.accessToken()).status()).isEqualTo(401);
    }

    @Test
    void openApiDocumentAndSwaggerUiAreServed() {
        var document = api().get("/v3/api-docs", null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().path("paths").has("/api/habits")).isTrue();
        assertThat(document.json().path("paths").has("/api/habits/{id}/checkin")).isTrue();
        assertThat(get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }
}
