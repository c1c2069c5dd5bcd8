package com.lifeos.identity.token;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.converter.RsaKeyConverters;

/**
 * The RSA pair that signs and checks access tokens. Configured keys win; the embedded (H2) run
 * without configuration generates a pair once and keeps it next to its database, so tokens survive
 * restarts; anything else without keys refuses to start rather than invent a key per instance.
 */
public record JwtKeys(RSAPublicKey publicKey, RSAPrivateKey privateKey) {

    private static final Logger log = LoggerFactory.getLogger(JwtKeys.class);

    static final String PRIVATE_KEY_FILE = "jwt-signing-key.pem";
    static final String PUBLIC_KEY_FILE = "jwt-signing-key.pub.pem";

    static final String MISSING_KEYS = """
            No key to sign access tokens with. Set lifeos.security.jwt.private-key (PKCS#8 PEM, \
            "BEGIN PRIVATE KEY") and lifeos.security.jwt.public-key (X.509 PEM, "BEGIN PUBLIC KEY"), \
            e.g. through the environment variables LIFEOS_SECURITY_JWT_PRIVATE_KEY and \
            LIFEOS_SECURITY_JWT_PUBLIC_KEY. A key pair is generated automatically only for the \
            embedded H2 database (spring.datasource.url starting with jdbc:h2:).""";

    static JwtKeys resolve(JwtProperties properties, String datasourceUrl) {
        boolean hasPrivate = hasText(properties.privateKey());
        boolean hasPublic = hasText(properties.publicKey());
        if (hasPrivate && hasPublic) {
            return matching(parsePublic(properties.publicKey()), parsePrivate(properties.privateKey()));
        }
        if (hasPrivate || hasPublic) {
            throw new IllegalStateException("Only one half of the token signing key pair is configured: set both "
                    + "lifeos.security.jwt.private-key and lifeos.security.jwt.public-key.");
        }
        if (datasourceUrl != null && datasourceUrl.startsWith("jdbc:h2:")) {
            return generatedUnder(properties.generatedKeyDir());
        }
        throw new IllegalStateException(MISSING_KEYS);
    }

    /** The embedded run's own pair: read from {@code dir}, or generated and written there on first start. */
    static JwtKeys generatedUnder(Path dir) {
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        try {
            if (Files.exists(privateFile)) {
                RSAPrivateKey privateKey = parsePrivate(Files.readString(privateFile, StandardCharsets.US_ASCII));
                return new JwtKeys(publicOf(privateKey), privateKey);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            writeAtomically(dir.resolve(PUBLIC_KEY_FILE), pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
            writeAtomically(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            log.info("Generated a token signing key pair in {} for the embedded run; configure "
                    + "lifeos.security.jwt.private-key/public-key for any other deployment", dir.toAbsolutePath());
            return new JwtKeys((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not read or create the token signing key in "
                    + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    static RSAPrivateKey parsePrivate(String pem) {
        return parse(pem, RsaKeyConverters.pkcs8(), "lifeos.security.jwt.private-key", "a PKCS#8 RSA private key");
    }

    static RSAPublicKey parsePublic(String pem) {
        return parse(pem, RsaKeyConverters.x509(), "lifeos.security.jwt.public-key", "an X.509 RSA public key");
    }

    /**
     * Environment variables often carry the PEM on one line with literal {@code \n} sequences, and pasted keys come
     * indented; the converter wants one clean line per PEM line.
     */
    private static <K> K parse(String pem, Converter<InputStream, K> converter, String property, String expected) {
        String lines = pem.replace("\\n", "\n").lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
        try {
            return converter.convert(new ByteArrayInputStream(lines.getBytes(StandardCharsets.US_ASCII)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalStateException(property + " is not " + expected + " in PEM: " + e.getMessage(), e);
        }
    }

    private static JwtKeys matching(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        if (!publicKey.getModulus().equals(privateKey.getModulus())) {
            throw new IllegalStateException("lifeos.security.jwt.public-key does not belong to "
                    + "lifeos.security.jwt.private-key: tokens signed with one could never be checked with the other");
        }
        return new JwtKeys(publicKey, privateKey);
    }

    private static RSAPublicKey publicOf(RSAPrivateKey privateKey) throws GeneralSecurityException {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new GeneralSecurityException("the stored private key does not carry its public exponent");
        }
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** Writes via a temporary file, so a crash never leaves half a key behind to be read on the next start. */
    private static void writeAtomically(Path target, String content, boolean secret) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            if (secret) {
                restrictToOwner(temporary);
            }
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the file inherits the directory's access rules
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "JwtKeys[public key modulus of " + publicKey.getModulus().bitLength() + " bits]";
    }
}
