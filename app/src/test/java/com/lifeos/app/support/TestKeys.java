package com.lifeos.app.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Keys generated once per test JVM, given to the app the way an operator would configure them. */
public final class TestKeys {

    private static final KeyPair JWT = rsa();
    private static final byte[] MASTER = random(32);

    private TestKeys() {
    }

    public static String jwtPrivateKeyPem() {
        return pem("PRIVATE KEY", JWT.getPrivate().getEncoded());
    }

    public static String jwtPublicKeyPem() {
        return pem("PUBLIC KEY", JWT.getPublic().getEncoded());
    }

    public static String masterKeyBase64() {
        return Base64.getEncoder().encodeToString(MASTER);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
