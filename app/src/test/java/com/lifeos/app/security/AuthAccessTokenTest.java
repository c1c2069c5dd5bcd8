package com.lifeos.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestKeys;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Which access tokens open the API, and how the others are turned away. */
class AuthAccessTokenTest extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Api.Response me(String token) {
        return api().get("/api/auth/me", token);
    }

    private static void assertUnauthorizedProblem(Api.Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("title").asText()).isEqualTo("Unauthorized");
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    /** A token LifeOS could have issued, signed with this run's key, with the given issuer and expiry. */
    private static String signed(UUID subject, String issuer, Instant expiresAt) {
        return TestKeys.accessToken(subject, issuer, expiresAt);
    }

    private static String sign(UUID subject, String issuer, Instant expiresAt, RSAPublicKey publicKey,
                               RSAPrivateKey privateKey) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(subject.toString())
                .issuedAt(expiresAt.minus(Duration.ofMinutes(15)))
                .expiresAt(expiresAt)
                .claim("roles", List.of("USER"))
                .build();
        return NimbusJwtEncoder.withKeyPair(publicKey, privateKey).build()
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static JsonNode claimsOf(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    @Test
    void anIssuedTokenNamesTheUserAndRolesAndNothingPersonal() throws Exception {
        TestUser user = newUser();

        JsonNode claims = claimsOf(user.accessToken());

        assertThat(claims.path("sub").asText()).isEqualTo(user.id().toString());
        assertThat(claims.path("iss").asText()).isEqualTo("lifeos");
        assertThat(claims.path("roles").toString()).isEqualTo("[\"USER\"]");
        assertThat(claims.path("token_version").toString()).isEqualTo("0");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(900);
        assertThat(claims.toString()).doesNotContain(user.email());
        String header = new String(Base64.getUrlDecoder().decode(user.accessToken().split("\\.")[0]),
                StandardCharsets.UTF_8);
        assertThat(JSON.readTree(header).path("alg").asText()).isEqualTo("RS256");
    }

    @Test
    void aTokenSignedWithThisRunsKeyByLifeosIsAccepted() {
        TestUser user = newUser();

        assertThat(me(signed(user.id(), "lifeos", TestClock.now().plusSeconds(300))).status()).isEqualTo(200);
    }

    @Test
    void withoutATokenTheAnswerIsAProblem() {
        Api.Response response = me(null);

        assertUnauthorizedProblem(response);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void aGarbageTokenIsRefused() {
        Api.Response response = me("garbage");

        assertUnauthorizedProblem(response);
        assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void aTamperedTokenIsRefused() {
        TestUser user = newUser();
        String[] parts = user.accessToken().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("[\"USER\"]", "[\"ADMIN\"]");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertUnauthorizedProblem(me(tampered));
    }

    @Test
    void anExpiredTokenIsRefused() {
        TestUser user = newUser();

        assertUnauthorizedProblem(me(signed(user.id(), "lifeos", TestClock.now().minus(Duration.ofMinutes(5)))));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        TestUser user = newUser();

        assertUnauthorizedProblem(me(signed(user.id(), "someone-else", TestClock.now().plusSeconds(300))));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        TestUser user = newUser();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var foreign = generator.generateKeyPair();

        assertUnauthorizedProblem(me(sign(user.id(), "lifeos", TestClock.now().plusSeconds(300),
                (RSAPublicKey) foreign.getPublic(), (RSAPrivateKey) foreign.getPrivate())));
    }

    @Test
    void aValidTokenOfAnAccountThatDoesNotExistIsRefused() {
        var response = me(signed(UUID.randomUUID(), "lifeos", TestClock.now().plusSeconds(300)));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void healthAndApiDocsNeedNoToken() {
        assertThat(api().get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(api().get("/actuator/health/liveness", "garbage").status()).isEqualTo(200);
        assertThat(api().get("/v3/api-docs", null).status()).isEqualTo(200);
    }

    /** Health shows an administrator its details, so a token sent to it is checked like anywhere else. */
    @Test
    void aGarbageTokenSentToHealthIsRefusedRatherThanIgnored() {
        assertUnauthorizedProblem(api().get("/actuator/health", "garbage"));
    }

    @Test
    void aTokenWithoutAnExpiryIsRefused() {
        TestUser user = newUser();
        String neverExpiring = TestKeys.signed(JwtClaimsSet.builder()
                .issuer("lifeos")
                .subject(user.id().toString())
                .issuedAt(TestClock.now())
                .claim("roles", List.of("USER"))
                .claim("token_version", 0L)
                .build());

        assertUnauthorizedProblem(me(neverExpiring));
    }

    @Test
    void aTokenWithoutAnIssueTimeOrIssuedInTheFutureIsRefused() {
        TestUser user = newUser();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer("lifeos")
                .subject(user.id().toString())
                .expiresAt(TestClock.now().plusSeconds(300))
                .claim("roles", List.of("USER"))
                .claim("token_version", 0L);

        assertUnauthorizedProblem(me(TestKeys.signed(claims.build())));
        assertUnauthorizedProblem(me(TestKeys.signed(claims.issuedAt(TestClock.now().plus(Duration.ofHours(1)))
                .expiresAt(TestClock.now().plus(Duration.ofHours(2))).build())));
        assertThat(me(TestKeys.signed(claims.issuedAt(TestClock.now()).expiresAt(TestClock.now().plusSeconds(300)).build()))
                .status()).isEqualTo(200);
    }

    @Test
    void aTokenWithoutAnIssuerOrATokenVersionIsRefused() {
        TestUser user = newUser();
        Instant now = TestClock.now();

        assertUnauthorizedProblem(me(TestKeys.signed(JwtClaimsSet.builder()
                .subject(user.id().toString()).issuedAt(now).expiresAt(now.plusSeconds(300))
                .claim("roles", List.of("USER")).claim("token_version", 0L).build())));
        assertUnauthorizedProblem(me(TestKeys.signed(JwtClaimsSet.builder()
                .issuer("lifeos").subject(user.id().toString()).issuedAt(now).expiresAt(now.plusSeconds(300))
                .claim("roles", List.of("USER")).build())));
    }

    @Test
    void theActorParameterIsNotPartOfThePublishedApi() {
        JsonNode me = api().get("/v3/api-docs", null).json().path("paths").path("/api/auth/me").path("get");

        assertThat(me.path("parameters").isMissingNode() || me.path("parameters").isEmpty()).isTrue();
    }
}
