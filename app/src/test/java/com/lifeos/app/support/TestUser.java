package com.lifeos.app.support;

import java.util.UUID;

public record TestUser(UUID id, String email, String password, String accessToken, String refreshToken) {
}
