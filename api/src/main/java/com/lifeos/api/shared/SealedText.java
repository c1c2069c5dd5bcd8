package com.lifeos.api.shared;

/**
 * Private free text, encrypted with its owner's own key before it enters a command or event.
 * {@code value} is opaque ("v1." + key version + "." + base64 of nonce and AES-GCM ciphertext);
 * only the owner's key opens it, so destroying that key erases the text from the immutable log.
 */
public record SealedText(String value) {

    public SealedText {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("sealed text must not be empty");
        }
    }
}
