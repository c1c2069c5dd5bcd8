package com.lifeos.api.account;

import java.util.UUID;

import com.lifeos.api.shared.Owned;

/**
 * The person erased their account: their key is destroyed (their sealed text is unreadable for ever)
 * and every read model forgets them. The log keeps its facts, now anonymous.
 */
public record AccountErasedEvent(UUID userId) implements Owned {
}
