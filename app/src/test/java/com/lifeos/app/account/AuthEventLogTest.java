package com.lifeos.app.account;

import static com.lifeos.app.account.AuthJson.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lifeos.identity.account.AccountRegistration;
import com.lifeos.identity.account.RegisterRequest;
import com.lifeos.identity.account.SignedIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the account feature writes into the immutable log, and what it must never write there. */
@ExtendWith(OutputCaptureExtension.class)
class AuthEventLogTest extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LOGGED_LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountRegistration registration;

    @Autowired
    PlatformTransactionManager transactions;

    private List<Map<String, Object>> eventsOf(TestUser user) {
        return jdbc.queryForList("""
                SELECT payload_type, payload, meta_data FROM domain_event_entry
                WHERE aggregate_identifier = ? ORDER BY sequence_number""", user.id().toString());
    }

    private static String utf8(Object bytes) {
        return bytes == null ? "" : new String((byte[]) bytes, StandardCharsets.UTF_8);
    }

    private List<String> typesOf(TestUser user) {
        return eventsOf(user).stream()
                .map(row -> (String) row.get("payload_type"))
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }

    @Test
    void theRegistrationEventCarriesOnlyTheIdRolesAndCalendar() throws Exception {
        TestUser user = newUser("Pacific/Auckland");

        List<Map<String, Object>> events = eventsOf(user);

        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("payload_type")).isEqualTo("com.lifeos.api.account.AccountRegisteredEvent");
        JsonNode payload = JSON.readTree(utf8(events.get(0).get("payload")));
        assertThat(payload).isEqualTo(JSON.readTree("""
                {"userId": "%s", "roles": ["USER"], "timezone": "Pacific/Auckland", "weekStart": "MONDAY"}"""
                .formatted(user.id())));
        JsonNode metaData = JSON.readTree(utf8(events.get(0).get("meta_data")));
        assertThat(metaData.path("userId").asText()).isEqualTo(user.id().toString());
    }

    @Test
    void onlyRealCalendarChangesAndProfileChangesAreRecorded() {
        TestUser user = newUser();

        api().put("/api/auth/profile", user.accessToken(), object("timezone", "UTC", "first_name", "Test"));
        api().put("/api/auth/profile", user.accessToken(), object("timezone", "Asia/Kolkata"));
        api().put("/api/auth/profile", user.accessToken(), object("week_start", "SATURDAY"));
        api().put("/api/auth/profile", user.accessToken(), object("first_name", "Ravi"));

        assertThat(typesOf(user)).containsExactly("AccountRegisteredEvent", "AccountSettingsChangedEvent",
                "AccountSettingsChangedEvent", "AccountProfileUpdatedEvent");
    }

    @Test
    void noEventEverHoldsTheEmailNamesOrSecrets(CapturedOutput output) {
        TestUser user = newUser();
        String token = user.accessToken();
        api().put("/api/auth/profile", token, object("first_name", "Zenobia", "last_name", "Quixote",
                "avatar_url", "https://img.example.org/zq.png", "timezone", "Africa/Nairobi"));
        assertThat(api().post("/api/auth/forgot-password", null, object("email", user.email())).status())
                .isEqualTo(202);
        String resetToken = loggedResetToken(output, user);
        assertThat(api().post("/api/auth/reset-password", null,
                object("token", resetToken, "password", "a brand new secret")).status()).isEqualTo(204);

        assertThat(typesOf(user)).containsExactly("AccountRegisteredEvent", "AccountSettingsChangedEvent",
                "AccountProfileUpdatedEvent", "AccountPasswordResetEvent");
        String passwordHash = jdbc.queryForObject("SELECT password_hash FROM accounts WHERE id = ?", String.class,
                user.id());
        List<String> everyStoredEvent = jdbc.queryForList("SELECT payload, meta_data FROM domain_event_entry").stream()
                .map(row -> utf8(row.get("payload")) + " " + utf8(row.get("meta_data")))
                .toList();
        assertThat(everyStoredEvent).isNotEmpty().noneSatisfy(event -> assertThat(event).containsAnyOf(
                user.email(), user.email().toUpperCase(), "Zenobia", "Quixote", "img.example.org",
                passwordHash, user.refreshToken(), resetToken, "$2a$"));
    }

    @Test
    void withoutAnSmtpServerTheResetLinkIsLoggedAndWorks(CapturedOutput output) {
        TestUser user = newUser();

        assertThat(api().post("/api/auth/forgot-password", null, object("email", user.email().toUpperCase())).status())
                .isEqualTo(202);

        String resetToken = loggedResetToken(output, user);
        assertThat(resetToken).isNotNull();
        assertThat(output.getOut()).contains("http://localhost:8080/reset-password?token=" + resetToken);
        assertThat(api().post("/api/auth/reset-password", null,
                object("token", resetToken, "password", "a brand new secret")).status()).isEqualTo(204);
        assertThat(api().post("/api/auth/login", null,
                object("email", user.email(), "password", "a brand new secret")).status()).isEqualTo(200);
    }

    @Test
    void theAccountRowAndItsRegistrationEventCommitOrRollBackTogether() {
        String email = "rollback-" + UUID.randomUUID() + "@example.org";

        UUID userId = new TransactionTemplate(transactions).execute(transaction -> {
            SignedIn signedIn = registration.register(
                    new RegisterRequest(email, "correct horse battery", null, null, null, null));
            transaction.setRollbackOnly();
            return signedIn.user().id();
        });

        assertThat(jdbc.queryForObject("SELECT count(*) FROM accounts WHERE id = ?", Integer.class, userId)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, userId.toString())).isZero();
        assertThat(api().post("/api/auth/register", null, object("email", email, "password", "correct horse battery"))
                .status()).isEqualTo(201);
    }

    @Test
    void forgettingThePasswordOfAnUnknownEmailLooksTheSame() {
        var answer = api().post("/api/auth/forgot-password", null, object("email", "nobody-at-all@example.org"));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.body()).isEmpty();
    }

    /** The token of the reset link logged for this user's account, if one was logged. */
    private static String loggedResetToken(CapturedOutput output, TestUser user) {
        for (String line : output.getOut().split("\\R")) {
            if (line.contains(user.id().toString())) {
                Matcher link = LOGGED_LINK.matcher(line);
                if (link.find()) {
                    return link.group(1);
                }
            }
        }
        return null;
    }
}
