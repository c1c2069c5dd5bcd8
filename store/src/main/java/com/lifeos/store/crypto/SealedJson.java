package com.lifeos.store.crypto;

import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.lifeos.api.shared.SealedText;
import org.springframework.stereotype.Component;

/**
 * Opens the sealed text inside a stored event's JSON (an audit row's payload) for a reader entitled to it: the
 * one place that knows both sealed forms. Personal text (a String naming its owner) opens for the owner and for
 * auditors; private text ({@link SealedText}: notes, journal content) opens only for its owner, and an auditor
 * sees {@link PrivateText#WITHHELD} in its place. A destroyed key opens as {@link PrivateText#ERASED}. The tree is
 * changed in place: callers pass a copy they read, never anything stored.
 */
@Component
public class SealedJson {

    private static final String PRIVATE_PREFIX = "v1.";

    private final PrivateText privateText;

    SealedJson(PrivateText privateText) {
        this.privateText = privateText;
    }

    /** The tree with its personal text opened and its private text withheld: what an auditor may see. */
    public JsonNode openedForAuditor(JsonNode node) {
        return opened(null, node);
    }

    /** The tree with all its sealed text opened, in place: for the owner's own eyes only. */
    public JsonNode openedForOwner(UUID owner, JsonNode node) {
        return opened(owner, node);
    }

    private JsonNode opened(UUID privateTextOwner, JsonNode node) {
        if (node.isTextual() && PrivateText.isSealedNamingOwner(node.asText())) {
            return TextNode.valueOf(privateText.openNamingOwner(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            JsonNode value = object.get("value");
            if (object.size() == 1 && value != null && value.isTextual() && value.asText().startsWith(PRIVATE_PREFIX)) {
                return TextNode.valueOf(privateTextOwner == null ? PrivateText.WITHHELD
                        : privateText.open(privateTextOwner, new SealedText(value.asText())));
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(opened(privateTextOwner, field.getValue()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, opened(privateTextOwner, array.get(i)));
            }
        }
        return node;
    }
}
