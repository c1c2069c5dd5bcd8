package com.lifeos.store.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Seals a person's free text with their own AES-256-GCM data key before it enters a command or event,
 * and opens it again for them. The ciphertext is bound to its owner (the user id is the associated
 * data), so one person's sealed text cannot be passed off as another's. Without the key the text is gone.
 */
@Component
public class PrivateText {

    /** What a person sees where text was sealed with a key that has since been destroyed. */
    public static final String ERASED = "[erased]";
    /** What an auditor sees in place of someone else's private text (notes, journal content). */
    public static final String WITHHELD = "[private]";

    private static final String VERSION = "v1.";
    /** A sealed String that names its owner, so it can be opened without knowing whose event it sits in. */
    private static final String OWNED_VERSION = "v2.";
    private static final int OWNER_END = OWNED_VERSION.length() + 36;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcTemplate jdbc;
    private final MasterKey master;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, SecretKey> keys = new ConcurrentHashMap<>();
    /** Owners whose key was destroyed: a replay meets their sealed text thousands of times, asked once. */
    private final Set<UUID> erased = ConcurrentHashMap.newKeySet();

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
        return new SealedText(VERSION + encrypted(owner, text));
    }

    /** Opens text sealed for this owner; {@link #ERASED} when their key no longer exists. */
    public String open(UUID owner, SealedText sealed) {
        if (sealed == null) {
            return null;
        }
        Optional<SecretKey> key = keyToOpen(owner);
        if (key.isEmpty() || !sealed.value().startsWith(VERSION)) {
            return ERASED;
        }
        return decrypted(owner, key.get(), sealed.value().substring(VERSION.length()));
    }

    /**
     * Seals a person's free text into a String that names its owner ("v2.&lt;owner id&gt;.&lt;base64&gt;"), so
     * it opens without knowing whose event, snapshot or audit row it sits in. Null and empty text stay as
     * they are: they say nothing. Text that merely looks sealed is sealed too, so nobody can store someone
     * else's sealed text as their own and have it opened for them.
     */
    public String sealNamingOwner(UUID owner, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return OWNED_VERSION + owner + "." + encrypted(owner, text);
    }

    /**
     * Opens a String sealed by {@link #sealNamingOwner}: {@link #ERASED} when its owner's key is gone (or the
     * ciphertext does not open under it). Anything else is text stored in clear before sealing existed, and
     * reads as itself.
     */
    public String openNamingOwner(String value) {
        if (!isSealedNamingOwner(value)) {
            return value;
        }
        UUID owner = UUID.fromString(value.substring(OWNED_VERSION.length(), OWNER_END));
        Optional<SecretKey> key = keyToOpen(owner);
        if (key.isEmpty()) {
            return ERASED;
        }
        try {
            return decrypted(owner, key.get(), value.substring(OWNER_END + 1));
        } catch (IllegalStateException | IllegalArgumentException notOurs) {
            return ERASED;
        }
    }

    /** Whether the value has the shape of a String sealed by {@link #sealNamingOwner}. */
    public static boolean isSealedNamingOwner(String value) {
        if (value == null || value.length() <= OWNER_END + 1 || !value.startsWith(OWNED_VERSION)
                || value.charAt(OWNER_END) != '.') {
            return false;
        }
        try {
            UUID.fromString(value.substring(OWNED_VERSION.length(), OWNER_END));
            return true;
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    /** Destroys the person's data key: everything sealed for them becomes unreadable, for ever. */
    public void shred(UUID owner) {
        jdbc.update("DELETE FROM user_key WHERE user_id = ?", owner);
        keys.remove(owner);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keys.remove(owner);
                    erased.add(owner);
                }
            });
        } else {
            erased.add(owner);
        }
    }

    private String encrypted(UUID owner, String text) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = aesGcm(Cipher.ENCRYPT_MODE, keyOf(owner), nonce, owner, text.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    }

    private static String decrypted(UUID owner, SecretKey key, String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        byte[] nonce = java.util.Arrays.copyOfRange(bytes, 0, NONCE_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(aesGcm(Cipher.DECRYPT_MODE, key, nonce, owner, body), StandardCharsets.UTF_8);
    }

    /**
     * The key to open an owner's text with. Sealed text exists only once its owner's key did, so a key that
     * cannot be found has been destroyed and never comes back: that answer is kept too.
     */
    private Optional<SecretKey> keyToOpen(UUID owner) {
        if (erased.contains(owner)) {
            return Optional.empty();
        }
        Optional<SecretKey> key = existingKeyOf(owner);
        if (key.isEmpty()) {
            erased.add(owner);
        }
        return key;
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
            forgetIfRolledBack(owner);
            return fresh;
        } catch (DuplicateKeyException raced) {
            return existingKeyOf(owner).orElseThrow();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    /**
     * A key created inside a transaction (while an event is being stored) exists only if that transaction
     * commits: text sealed with a key that was rolled back could never be opened again.
     */
    private void forgetIfRolledBack(UUID owner) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        keys.remove(owner);
                    }
                }
            });
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
