package com.lifeos.projection.goal;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One progress change; the (goal, sequence) key makes a repeated event a no-op. Notes stay sealed. */
@Entity
@Table(name = "goal_progress")
@IdClass(GoalProgressRow.Key.class)
public class GoalProgressRow {

    @Id
    private UUID goalId;
    @Id
    private long sequence;
    private UUID userId;
    private int progress;
    private String note;
    private Instant recordedAt;

    protected GoalProgressRow() {
    }

    GoalProgressRow(UUID goalId, long sequence, UUID userId, int progress, String note, Instant recordedAt) {
        this.goalId = goalId;
        this.sequence = sequence;
        this.userId = userId;
        this.progress = progress;
        this.note = note;
        this.recordedAt = recordedAt;
    }

    public UUID goalId() {
        return goalId;
    }

    public int progress() {
        return progress;
    }

    public String note() {
        return note;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public record Key(UUID goalId, long sequence) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
