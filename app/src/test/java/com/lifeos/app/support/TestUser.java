package com.lifeos.app.support;

import java.util.UUID;

public record TestUser(UUID id, String email, String password, String accessToken, String refreshToken) {

    /** Registers a brand-new user with a unique email through this API and returns it logged in. */
    public static TestUser register(Api api, String timezone) {
        String email = "user-" + UUID.randomUUID() + "@example.org";
        String password = "correct horse battery";
        var response = api.post("/api/auth/register", null,
                "{\"email\":\"%s\",\"password\":\"%s\",\"first_name\":\"Test\",\"timezone\":\"%s\"}"
                        .formatted(email, password, timezone));
        if (response.status() != 201) {
            throw new AssertionError("registration failed: " + response);
        }
        return new TestUser(UUID.fromString(response.json().path("user").path("id").asText()), email, password,
                response.json().path("access_token").asText(), response.json().path("refresh_token").asText());
    }

    /** The administrator of an app run with the test profile (which lists its email in lifeos.security.admin-emails). */
    public static TestUser admin(Api api) {
        String email = "admin@lifeos.test";
        String password = "admin password 1";
        var registered = api.post("/api/auth/register", null,
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password));
        var response = registered.status() == 201 ? registered : api.post("/api/auth/login", null,
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password));
        if (response.status() / 100 != 2) {
            throw new AssertionError("admin login failed: " + response);
        }
        return new TestUser(UUID.fromString(response.json().path("user").path("id").asText()), email, password,
                response.json().path("access_token").asText(), response.json().path("refresh_token").asText());
    }
}
