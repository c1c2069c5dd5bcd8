package com.lifeos.app.finance;

import java.time.LocalDate;

import com.lifeos.app.support.Api;
import com.lifeos.app.support.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Records and budgets written through the API, as the finance tests' stories need them. */
final class FinanceFixtures {

    private final Api api;

    FinanceFixtures(Api api) {
        this.api = api;
    }

    String record(TestUser user, String type, String amount, String currency, String category, LocalDate date) {
        Api.Response created = api.post("/api/finance/records", user.accessToken(), """
                {"type":"%s","amount":%s,"currency":"%s","category":"%s","date":"%s"}"""
                .formatted(type, amount, currency, category, date));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    Api.Response budget(TestUser user, String category, String month, String amount) {
        return api.post("/api/finance/budget", user.accessToken(),
                "{\"category\":\"%s\",\"month\":\"%s\",\"amount\":%s}".formatted(category, month, amount));
    }

    Api.Response csv(TestUser user, String query) {
        return api.send("GET", "/api/finance/records?format=csv" + query, user.accessToken(), null, null);
    }

    Api.Response importCsv(TestUser user, String csv) {
        return api.send("POST", "/api/finance/records/import", user.accessToken(), csv, "text/csv");
    }

    /** The single field a 400 names. */
    static String fieldOf(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors")).as(response.body()).hasSize(1);
        return response.json().path("errors").get(0).path("field").asText();
    }
}
