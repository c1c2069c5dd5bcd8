package com.lifeos.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.lifeos.identity.account.LifeosSecurityProperties;
import com.lifeos.identity.account.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Roles: who becomes ADMIN, what the token says, and how a lacking role is answered. The test profile
 * lists {@code admin@lifeos.test} in {@code lifeos.security.admin-emails}; {@link RoleProbeController}
 * stands for any endpoint that needs a role.
 */
class AuthRolesTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode claimsOf(String jwt) throws Exception {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void anAccountWithAnAdminEmailIsAnAdministratorInItsAccountAndItsTokens() throws Exception {
        TestUser admin = admin();

        assertThat(claimsOf(admin.accessToken()).path("roles").toString()).isEqualTo("[\"ADMIN\",\"USER\"]");
        var me = api().get("/api/auth/me", admin.accessToken());
        assertThat(me.json().path("roles").toString()).isEqualTo("[\"admin\",\"user\"]");
        var refreshed = api().post("/api/auth/refresh", null,
                "{\"refresh_token\":\"%s\"}".formatted(admin.refreshToken()));
        assertThat(claimsOf(refreshed.json().path("access_token").asText()).path("roles").toString())
                .isEqualTo("[\"ADMIN\",\"USER\"]");
    }

    @Test
    void everyoneElseIsAnOrdinaryUser() throws Exception {
        TestUser user = newUser();

        assertThat(claimsOf(user.accessToken()).path("roles").toString()).isEqualTo("[\"USER\"]");
        assertThat(api().get("/api/auth/me", user.accessToken()).json().path("roles").toString())
                .isEqualTo("[\"user\"]");
    }

    @Test
    void adminEmailsAreAListInAnyCaseAndSpacing() {
        var properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "lifeos.security.admin-emails", " Chief@Example.ORG ,, deputy@example.org")))
                .bindOrCreate("lifeos.security", LifeosSecurityProperties.class);

        assertThat(properties.adminEmails()).containsExactly("chief@example.org", "deputy@example.org");
        assertThat(properties.initialRolesFor("chief@example.org")).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(properties.initialRolesFor("someone@example.org")).containsExactly(Role.USER);
    }

    @Test
    void withoutAdminEmailsNobodyIsAnAdministrator() {
        var properties = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("lifeos.security", LifeosSecurityProperties.class);

        assertThat(properties.adminEmails()).isEmpty();
        assertThat(properties.initialRolesFor("admin@lifeos.test")).containsExactly(Role.USER);
    }

    @Test
    void aUserWithoutTheRoleIsForbiddenWithAProblem() {
        var forbidden = api().get(RoleProbeController.PATH, newUser().accessToken());

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(forbidden.json().path("status").asInt()).isEqualTo(403);
        assertThat(forbidden.json().path("title").asText()).isEqualTo("Forbidden");
    }

    /**
     * Roles are read from the account on every request, not from the token's copy: no endpoint changes roles yet,
     * but whatever changes them (here the table itself) takes effect at the next request of a token already out.
     */
    @Test
    void aRoleGivenOrTakenAwayAppliesAtTheNextRequestOfATokenAlreadyIssued() {
        TestUser user = newUser();
        assertThat(api().get(RoleProbeController.PATH, user.accessToken()).status()).isEqualTo(403);

        jdbc.update("INSERT INTO account_roles (account_id, role) VALUES (?, 'AUDITOR')", user.id());
        assertThat(api().get(RoleProbeController.PATH, user.accessToken()).status()).isEqualTo(200);

        jdbc.update("DELETE FROM account_roles WHERE account_id = ? AND role = 'AUDITOR'", user.id());
        assertThat(api().get(RoleProbeController.PATH, user.accessToken()).status()).isEqualTo(403);
    }

    @Test
    void anAdministratorHoldsEveryOtherRole() {
        var allowed = api().get(RoleProbeController.PATH, admin().accessToken());

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.json().path("auditor").asBoolean()).isTrue();
    }
}
