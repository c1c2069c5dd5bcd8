package com.lifeos.store.crypto;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.lifeos.api.shared.PersonalText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * What an erasure must do besides destroying the key, because not everything of the person's is sealed yet:
 * <ul>
 * <li>events stored before personal text was sealed hold it in clear. Their personal text is sealed now, with
 *     the key about to be destroyed, in place — the one change the append-only log allows, and only inside
 *     this transaction (an {@code event_resealing} row, see the V21 migration): same row, same shape, only
 *     the marked Strings of the payload replaced by their sealed form;</li>
 * <li>snapshots of their aggregates (taken in clear before, and a cache anyway): deleted; the log rebuilds
 *     any aggregate without them.</li>
 * </ul>
 */
@Component
public class LegacyTextErasure {

    private static final String OWNER = "userId";

    private final JdbcTemplate jdbc;
    private final PrivateText privateText;
    private final ObjectMapper json = new ObjectMapper();

    LegacyTextErasure(JdbcTemplate jdbc, PrivateText privateText) {
        this.jdbc = jdbc;
        this.privateText = privateText;
    }

    /** Call inside the erasure's transaction, before the key is destroyed. */
    public void sealClearEventsAndDropSnapshots(UUID owner) {
        sealClearEvents(owner);
        dropSnapshots(owner);
    }

    private void sealClearEvents(UUID owner) {
        byte[] ownerBytes = owner.toString().getBytes(StandardCharsets.US_ASCII);
        List<Object[]> resealed = new ArrayList<>();
        for (String payloadType : jdbc.queryForList("SELECT DISTINCT payload_type FROM domain_event_entry",
                String.class)) {
            Class<?> type = classOrNull(payloadType);
            if (type == null || !holdsPersonalText(type, 0)) {
                continue;
            }
            jdbc.query("SELECT global_index, payload FROM domain_event_entry WHERE payload_type = ?",
                    (RowCallbackHandler) row -> {
                        byte[] payload = row.getBytes(2);
                        if (!contains(payload, ownerBytes)) {
                            return;
                        }
                        byte[] sealed = sealed(owner, type, payload);
                        if (sealed != null) {
                            resealed.add(new Object[] {sealed, row.getLong(1)});
                        }
                    }, payloadType);
        }
        if (resealed.isEmpty()) {
            return;
        }
        jdbc.update("INSERT INTO event_resealing (owner_id) VALUES (?)", owner);
        jdbc.batchUpdate("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", resealed);
        jdbc.update("DELETE FROM event_resealing WHERE owner_id = ?", owner);
    }

    private void dropSnapshots(UUID owner) {
        byte[] ownerBytes = owner.toString().getBytes(StandardCharsets.US_ASCII);
        List<Object[]> theirs = new ArrayList<>();
        jdbc.query("SELECT aggregate_identifier, payload FROM snapshot_event_entry", (RowCallbackHandler) row -> {
            byte[] payload = row.getBytes(2);
            if (contains(payload, ownerBytes) && ownedBy(owner, payload)) {
                theirs.add(new Object[] {row.getString(1)});
            }
        });
        jdbc.batchUpdate("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?", theirs);
    }

    private boolean ownedBy(UUID owner, byte[] payload) {
        try {
            return owner.toString().equals(json.readTree(payload).path(OWNER).asText(null));
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** The payload with its clear personal text sealed, or null when it is the person's no more or holds none. */
    private byte[] sealed(UUID owner, Class<?> type, byte[] payload) {
        try {
            JsonNode tree = json.readTree(payload);
            if (!owner.toString().equals(tree.path(OWNER).asText(null)) || !seal(owner, type, tree)) {
                return null;
            }
            return json.writeValueAsBytes(tree);
        } catch (IOException unreadable) {
            return null;
        }
    }

    /** Seals, in place, every clear String the type marks as personal; true when anything changed. */
    private boolean seal(UUID owner, Class<?> type, JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return false;
        }
        boolean changed = false;
        for (Member member : members(type)) {
            JsonNode value = object.get(member.name());
            if (value == null || value.isNull()) {
                continue;
            }
            if (member.element().isAnnotationPresent(PersonalText.class)) {
                if (value.isTextual()) {
                    changed |= replace(owner, value, sealedText -> object.set(member.name(), sealedText));
                } else if (value instanceof ArrayNode array) {
                    for (int i = 0; i < array.size(); i++) {
                        int at = i;
                        changed |= replace(owner, array.get(i), sealedText -> array.set(at, sealedText));
                    }
                }
            } else if (isOurs(member.type())) {
                changed |= seal(owner, member.type(), value);
            }
        }
        return changed;
    }

    private boolean replace(UUID owner, JsonNode value, Consumer<TextNode> set) {
        if (!value.isTextual() || value.asText().isEmpty() || PrivateText.isSealedNamingOwner(value.asText())) {
            return false;
        }
        set.accept(TextNode.valueOf(privateText.sealNamingOwner(owner, value.asText())));
        return true;
    }

    private boolean holdsPersonalText(Class<?> type, int depth) {
        if (depth > 4) {
            return false;
        }
        for (Member member : members(type)) {
            if (member.element().isAnnotationPresent(PersonalText.class)
                    || isOurs(member.type()) && holdsPersonalText(member.type(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private record Member(String name, Class<?> type, AnnotatedElement element) {
    }

    private static List<Member> members(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .map(component -> new Member(component.getName(), component.getType(), component)).toList();
        }
        return Arrays.stream(type.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(field -> new Member(field.getName(), field.getType(), field)).toList();
    }

    private static boolean isOurs(Class<?> type) {
        return type.getName().startsWith("com.lifeos.") && !type.isEnum();
    }

    private static Class<?> classOrNull(String name) {
        try {
            return Class.forName(name, false, LegacyTextErasure.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError gone) {
            return null;
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
