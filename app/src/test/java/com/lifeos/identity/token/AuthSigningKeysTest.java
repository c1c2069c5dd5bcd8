package com.lifeos.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.lifeos.app.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the token signing keys come from, without starting the application. */
class AuthSigningKeysTest {

    private static final String POSTGRES = "jdbc:postgresql://db:5432/lifeos";
    private static final String EMBEDDED = "jdbc:h2:file:./data/lifeos;MODE=PostgreSQL";

    @TempDir
    Path dir;

    private JwtProperties properties(String privateKey, String publicKey) {
        return new JwtProperties(privateKey, publicKey, "lifeos", Duration.ofMinutes(15), Duration.ofDays(30), Duration.ofSeconds(30), dir);
    }

    @Test
    void configuredKeysAreUsed() {
        JwtKeys keys = JwtKeys.resolve(properties(TestKeys.jwtPrivateKeyPem(), TestKeys.jwtPublicKeyPem()), POSTGRES);

        assertThat(keys.publicKey()).isEqualTo(JwtKeys.parsePublic(TestKeys.jwtPublicKeyPem()));
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void keysGivenOnOneLineWithEscapedLineBreaksAreUnderstood() {
        String privateKey = TestKeys.jwtPrivateKeyPem().replace("\n", "\\n");
        String publicKey = TestKeys.jwtPublicKeyPem().replace("\n", "\\n");

        JwtKeys keys = JwtKeys.resolve(properties(privateKey, publicKey), POSTGRES);

        assertThat(keys.privateKey()).isEqualTo(JwtKeys.parsePrivate(TestKeys.jwtPrivateKeyPem()));
    }

    @Test
    void withoutKeysADatabaseServerDeploymentRefusesToStartNamingTheProperties() {
        assertThatThrownBy(() -> JwtKeys.resolve(properties(null, " "), POSTGRES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lifeos.security.jwt.private-key")
                .hasMessageContaining("lifeos.security.jwt.public-key")
                .hasMessageContaining("LIFEOS_SECURITY_JWT_PRIVATE_KEY");
    }

    @Test
    void halfAKeyPairIsRefused() {
        assertThatThrownBy(() -> JwtKeys.resolve(properties(TestKeys.jwtPrivateKeyPem(), null), EMBEDDED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lifeos.security.jwt.public-key");
    }

    @Test
    void aPublicKeyOfAnotherPairIsRefused() throws Exception {
        JwtKeys other = JwtKeys.generatedUnder(dir.resolve("other"));
        String otherPublic = Files.readString(dir.resolve("other").resolve(JwtKeys.PUBLIC_KEY_FILE));

        assertThatThrownBy(() -> JwtKeys.resolve(properties(TestKeys.jwtPrivateKeyPem(), otherPublic), POSTGRES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not belong");
        assertThat(other.publicKey()).isNotNull();
    }

    @Test
    void somethingThatIsNotAPemKeyIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> JwtKeys.resolve(properties("secret", TestKeys.jwtPublicKeyPem()), POSTGRES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lifeos.security.jwt.private-key");
    }

    @Test
    void theEmbeddedRunGeneratesAPairOnceAndKeepsItAcrossRestarts() {
        JwtKeys first = JwtKeys.resolve(properties(null, null), EMBEDDED);
        JwtKeys afterRestart = JwtKeys.resolve(properties(null, null), EMBEDDED);

        assertThat(dir.resolve(JwtKeys.PRIVATE_KEY_FILE)).exists();
        assertThat(dir.resolve(JwtKeys.PUBLIC_KEY_FILE)).exists();
        assertThat(first.publicKey().getModulus().bitLength()).isEqualTo(2048);
        assertThat(afterRestart.privateKey()).isEqualTo(first.privateKey());
        assertThat(afterRestart.publicKey()).isEqualTo(first.publicKey());
        assertThat(JwtKeys.parsePublic(readString(dir.resolve(JwtKeys.PUBLIC_KEY_FILE)))).isEqualTo(first.publicKey());
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
