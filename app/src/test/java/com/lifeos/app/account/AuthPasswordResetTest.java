package com.lifeos.app.account;

import static com.lifeos.app.account.AuthJson.errorFields;
import static com.lifeos.app.account.AuthJson.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.lifeos.identity.token.SecretTokens;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestClock;
import com.lifeos.app.support.TestUser;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.DynamicPropertySource;

/** The "forgot password" story: links that do not work, and the whole flow through a real SMTP server. */
class AuthPasswordResetTest extends ApiTestSupport {

    private static final String NEW_PASSWORD = "a much better password";

    @Autowired
    JdbcTemplate jdbc;

    private Api.Response forgot(String email) {
        return api().post("/api/auth/forgot-password", null, object("email", email));
    }

    private Api.Response reset(String token, String password) {
        return api().post("/api/auth/reset-password", null, object("token", token, "password", password));
    }

    private Api.Response login(TestUser user, String password) {
        return api().post("/api/auth/login", null, object("email", user.email(), "password", password));
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAsAKnownOne() {
        TestUser user = newUser();

        var unknown = forgot("nobody-" + user.id() + "@example.org");
        var known = forgot(user.email());

        assertThat(unknown.status()).isEqualTo(202);
        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());
    }

    @Test
    void aMalformedEmailIsRefusedNamingTheField() {
        var refused = forgot("not-an-email");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused.json())).containsExactly("email");
    }

    @Test
    void anExpiredLinkIsRefused() {
        TestUser user = newUser();
        String expired = SecretTokens.newToken();
        OffsetDateTime anHourAgo = OffsetDateTime.now(TestClock.clock()).minusHours(1);
        jdbc.update("""
                        INSERT INTO password_reset_tokens (token_hash, account_id, created_at, expires_at)
                        VALUES (?, ?, ?, ?)""",
                SecretTokens.hash(expired), user.id(), anHourAgo.minusHours(1), anHourAgo);

        var refused = reset(expired, NEW_PASSWORD);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(login(user, user.password()).status()).isEqualTo(200);
    }

    @Test
    void anUnknownLinkIsRefused() {
        var refused = reset(SecretTokens.newToken(), NEW_PASSWORD);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    /**
     * With {@code spring.mail.host} set, links go out by mail. That is a differently configured application,
     * so it gets a database of its own: two running Axon configurations must not share one token store.
     */
    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    @DirtiesContext
    @TestPropertySource(properties = "lifeos.test.database=mail")
    class ThroughAMailServer {

        private static final int SMTP_PORT = freePort();
        private static final Pattern LINK = Pattern.compile("(\\S+)/reset-password\\?token=([A-Za-z0-9_-]+)");

        @RegisterExtension
        static final GreenMailExtension MAILBOX =
                new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

        @DynamicPropertySource
        static void smtp(DynamicPropertyRegistry registry) {
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", () -> SMTP_PORT);
            registry.add("lifeos.web.base-url", () -> "https://app.lifeos.test/");
            registry.add("lifeos.mail.from", () -> "LifeOS <accounts@lifeos.test>");
        }

        /** Asks for a reset link under this spelling of the user's email and returns the token from the mail. */
        private String requestLink(TestUser user, String email) throws Exception {
            int before = MAILBOX.getReceivedMessages().length;
            assertThat(forgot(email).status()).isEqualTo(202);
            return tokenFromMail(user, before);
        }

        /** Waits (bounded) for mail number {@code index} and returns the reset token from its link. */
        private String tokenFromMail(TestUser user, int index) throws Exception {
            assertThat(MAILBOX.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), index + 1)).isTrue();
            MimeMessage mail = MAILBOX.getReceivedMessages()[index];
            assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(user.email());
            assertThat(mail.getFrom()[0].toString()).contains("accounts@lifeos.test");
            assertThat(mail.getSubject()).containsIgnoringCase("password");
            Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
            assertThat(link.find()).as("a reset link in the mail").isTrue();
            assertThat(link.group(1)).isEqualTo("https://app.lifeos.test");
            return link.group(2);
        }

        @Test
        void aForgottenPasswordIsReplacedThroughTheMailedLink(CapturedOutput output) throws Exception {
            TestUser user = newUser();
            String otherDevice = login(user, user.password()).json().path("refresh_token").asText();

            String token = requestLink(user, user.email().toUpperCase());
            assertThat(token).hasSizeGreaterThanOrEqualTo(43);

            assertThat(reset(token, NEW_PASSWORD).status()).isEqualTo(204);

            assertThat(login(user, user.password()).status()).isEqualTo(401);
            assertThat(login(user, NEW_PASSWORD).status()).isEqualTo(200);
            for (String ended : new String[] {user.refreshToken(), otherDevice}) {
                assertThat(api().post("/api/auth/refresh", null, object("refresh_token", ended)).status())
                        .isEqualTo(401);
            }
            var reused = reset(token, "yet another password");
            assertThat(reused.status()).isEqualTo(400);
            assertThat(reused.contentType()).startsWith("application/problem+json");
            assertThat(login(user, NEW_PASSWORD).status()).isEqualTo(200);

            assertThat(output.getAll()).doesNotContain(token).doesNotContain(user.refreshToken())
                    .doesNotContain("$2a$").doesNotContain(NEW_PASSWORD);
        }

        @Test
        void usingOneLinkRetiresTheOthers() throws Exception {
            TestUser user = newUser();
            String first = requestLink(user, user.email());
            String second = requestLink(user, user.email());

            assertThat(reset(second, NEW_PASSWORD).status()).isEqualTo(204);

            assertThat(reset(first, "yet another password").status()).isEqualTo(400);
        }

        @Test
        void anUnknownEmailGetsNoMail() throws Exception {
            TestUser user = newUser();
            int before = MAILBOX.getReceivedMessages().length;

            assertThat(forgot("nobody-" + user.id() + "@example.org").status()).isEqualTo(202);
            assertThat(forgot(user.email()).status()).isEqualTo(202);

            tokenFromMail(user, before);
            assertThat(MAILBOX.getReceivedMessages()).hasSize(before + 1);
        }

        @Test
        void theNewPasswordMustBeLongEnough() throws Exception {
            TestUser user = newUser();
            String token = requestLink(user, user.email());

            var refused = reset(token, "short");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(errorFields(refused.json())).containsExactly("password");
            assertThat(reset(token, NEW_PASSWORD).status()).isEqualTo(204);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
