package com.lifeos.projection.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One preference of one person, keyed by (user, key). */
@Entity
@Table(name = "user_setting")
@IdClass(UserSettingRow.Key.class)
public class UserSettingRow {

    @Id
    private UUID userId;
    @Id
    @Column(name = "setting_key")
    private String key;
    @Column(name = "setting_value")
    private String value;
    private Instant updatedAt;
    private long lastSequence;

    protected UserSettingRow() {
    }

    UserSettingRow(UUID userId, String key, String value, long sequence, Instant at) {
        this.userId = userId;
        this.key = key;
        this.value = value;
        this.lastSequence = sequence;
        this.updatedAt = at;
    }

    public UUID userId() {
        return userId;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    long lastSequence() {
        return lastSequence;
    }

    void change(String newValue, long sequence, Instant at) {
        if (sequence > lastSequence) {
            value = newValue;
            lastSequence = sequence;
            updatedAt = at;
        }
    }

    public record Key(UUID userId, String key) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
