package com.lifeos.projection.ai;

import java.time.Instant;
import java.util.UUID;

import com.lifeos.api.ai.SuggestionKind;
import com.lifeos.api.ai.SuggestionSource;
import com.lifeos.projection.shared.OwnedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One offered suggestion as the "ai" projection keeps it; its content stays sealed. */
@Entity
@Table(name = "ai_suggestion")
public class SuggestionRow extends OwnedRow {

    @Enumerated(EnumType.STRING)
    private SuggestionKind kind;
    @Enumerated(EnumType.STRING)
    private SuggestionSource source;
    private String model;
    private String content;
    private Instant offeredAt;
    private UUID acceptedAs;
    private Instant acceptedAt;

    protected SuggestionRow() {
    }

    SuggestionRow(UUID id, UUID userId, SuggestionKind kind, SuggestionSource source, String model, String content,
                  long sequence, Instant at) {
        super(id, userId, sequence, at);
        this.kind = kind;
        this.source = source;
        this.model = model;
        this.content = content;
        this.offeredAt = at;
    }

    void accepted(UUID entityId, long sequence, Instant at) {
        ifNewer(sequence, at, () -> {
            acceptedAs = entityId;
            acceptedAt = at;
        });
    }

    public SuggestionKind kind() {
        return kind;
    }

    public SuggestionSource source() {
        return source;
    }

    public String model() {
        return model;
    }

    public String content() {
        return content;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public UUID acceptedAs() {
        return acceptedAs;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }
}
