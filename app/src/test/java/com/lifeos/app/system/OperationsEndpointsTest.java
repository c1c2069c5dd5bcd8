package com.lifeos.app.system;

import com.lifeos.app.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsEndpointsTest extends ApiTestSupport {

    @Test
    void healthIncludesTheDatabase() {
        var health = api().get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.json().path("components").path("db").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreExposed() {
        var metrics = api().send("GET", "/actuator/prometheus", null, null, null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void openApiDocumentAndSwaggerUiAreServed() {
        var document = api().get("/v3/api-docs", null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().path("paths").has("/api/habits")).isTrue();
        assertThat(document.json().path("paths").has("/api/habits/{id}/checkin")).isTrue();
        assertThat(api().send("GET", "/swagger-ui/index.html", null, null, null).status()).isEqualTo(200);
    }
}
