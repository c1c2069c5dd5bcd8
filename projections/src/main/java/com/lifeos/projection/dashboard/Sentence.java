package com.lifeos.projection.dashboard;

import java.util.UUID;

/**
 * A fact told for a person: which area it belongs to, which entity, and the words. {@code sealedSubject} is
 * private text the words name through {@link ActivityRow#SUBJECT}, opened only when the owner reads it.
 */
public record Sentence(String area, UUID entityId, String text, String sealedSubject) {

    static Sentence of(String area, UUID entityId, String text) {
        return new Sentence(area, entityId, text, null);
    }

    static Sentence naming(String area, UUID entityId, String text, String sealedSubject) {
        return new Sentence(area, entityId, text, sealedSubject);
    }
}
