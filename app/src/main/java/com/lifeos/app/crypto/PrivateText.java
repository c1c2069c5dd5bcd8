package com.lifeos.app.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.lifeos.api.shared.SealedText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seals a person's free text with their own AES-256-GCM data key before it enters a command or event,
 * and opens it again for them. The ciphertext is bound to its owner (the user id is the associated
 * data), so one person's sealed text cannot be passed off as another's. Without the key the text is gone.
 */
@Component
public class PrivateText {

    /** What a person sees where text was sealed with a key that has since been destroyed. */
    public static final String ERASED = "[erased]";

    private static final String VERSION = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcTemplate jdbc;
    private final MasterKey master;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, SecretKey> keys = new ConcurrentHashMap<>();

    PrivateText(JdbcTemplate jdbc, MasterKey master, Clock clock) {
        this.jdbc = jdbc;
        this.master = master;
        this.clock = clock;
    }

    /** Seals the text for its owner; null or empty text stays absent. */
    public SealedText seal(UUID owner, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = aesGcm(Cipher.ENCRYPT_MODE, keyOf(owner), nonce, owner, text.getBytes(StandardCharsets.UTF_8));
        return new SealedText(VERSION + Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array()));
    }

    /** Opens text sealed for this owner; {@link #ERASED} when their key no longer exists. */
    public String open(UUID owner, SealedText sealed) {
        if (sealed == null) {
            return null;
        }
        Optional<SecretKey> key = existingKeyOf(owner);
        if (key.isEmpty() || !sealed.value().startsWith(VERSION)) {
            return ERASED;
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.value().substring(VERSION.length()));
        byte[] nonce = java.util.Arrays.copyOfRange(bytes, 0, NONCE_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(aesGcm(Cipher.DECRYPT_MODE, key.get(), nonce, owner, body), StandardCharsets.UTF_8);
    }

    /** Destroys the person's data key: everything sealed for them becomes unreadable, for ever. */
    public void shred(UUID owner) {
        jdbc.update("DELETE FROM user_key WHERE user_id = ?", owner);
        keys.remove(owner);
    }

    private SecretKey keyOf(UUID owner) {
        return existingKeyOf(owner).orElseGet(() -> create(owner));
    }

    private Optional<SecretKey> existingKeyOf(UUID owner) {
        SecretKey cached = keys.get(owner);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<SecretKey> stored = jdbc.query("SELECT wrapped_key FROM user_key WHERE user_id = ?",
                (rs, row) -> unwrap(owner, rs.getString(1)), owner).stream().findFirst();
        stored.ifPresent(key -> keys.put(owner, key));
        return stored;
    }

    private SecretKey create(UUID owner) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            SecretKey fresh = generator.generateKey();
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            byte[] wrapped = aesGcm(Cipher.ENCRYPT_MODE, master.key(), nonce, owner, fresh.getEncoded());
            String stored = Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + wrapped.length).put(nonce).put(wrapped).array());
            jdbc.update("INSERT INTO user_key (user_id, wrapped_key, created_at) VALUES (?, ?, ?)",
                    owner, stored, Timestamp.from(clock.instant()));
            keys.put(owner, fresh);
            return fresh;
        } catch (DuplicateKeyException raced) {
            return existingKeyOf(owner).orElseThrow();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    private SecretKey unwrap(UUID owner, String stored) {
        byte[] bytes = Base64.getDecoder().decode(stored);
        byte[] nonce = java.util.Arrays.copyOfRange(bytes, 0, NONCE_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new SecretKeySpec(aesGcm(Cipher.DECRYPT_MODE, master.key(), nonce, owner, body), "AES");
    }

    private static byte[] aesGcm(int mode, SecretKey key, byte[] nonce, UUID owner, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Private text could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "sealed" : "opened"), e);
        }
    }
}
