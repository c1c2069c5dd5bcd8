package com.lifeos.api.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;

/**
 * Latest facts as sentences. Where a sentence names private text it holds the placeholder {@code {subject}} and
 * the sealed text in {@code subject}, for the owner's edge to open.
 */
public record RecentActivityView(List<Item> items) {

    public record Item(String eventId, Instant occurredAt, String area, String kind, UUID entityId, String sentence,
                       SealedText subject) {
    }
}
