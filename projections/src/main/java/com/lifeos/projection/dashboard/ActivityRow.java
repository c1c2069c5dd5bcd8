package com.lifeos.projection.dashboard;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a user's recent activity: a fact told as a sentence, kept once per event (its identifier is the key,
 * so a redelivered event adds nothing). Where the sentence names private text (a contact's name) it holds the
 * placeholder {@value #SUBJECT} and the sealed text, opened for the owner when read.
 */
@Entity
@Table(name = "dashboard_activity")
public class ActivityRow {

    public static final String SUBJECT = "{subject}";
    /** The column's width: a sentence is one line, whatever the titles it quotes. */
    static final int SENTENCE_MAX = 600;

    @Id
    private String eventId;
    private long eventPosition;
    private UUID userId;
    private Instant occurredAt;
    private String area;
    private String kind;
    private UUID entityId;
    private String sentence;
    private String sealedSubject;

    protected ActivityRow() {
    }

    ActivityRow(String eventId, long position, UUID userId, Instant occurredAt, String area, String kind,
                UUID entityId, String sentence, String sealedSubject) {
        this.eventId = eventId;
        this.eventPosition = position;
        this.userId = userId;
        this.occurredAt = occurredAt;
        this.area = area;
        this.kind = kind;
        this.entityId = entityId;
        this.sentence = fitted(sentence);
        this.sealedSubject = sealedSubject;
    }

    /** The sentence cut to the column's width. */
    static String fitted(String sentence) {
        return sentence.length() <= SENTENCE_MAX ? sentence : sentence.substring(0, SENTENCE_MAX - 1) + "…";
    }

    public String eventId() {
        return eventId;
    }

    public long eventPosition() {
        return eventPosition;
    }

    public UUID userId() {
        return userId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String area() {
        return area;
    }

    public String kind() {
        return kind;
    }

    public UUID entityId() {
        return entityId;
    }

    public String sentence() {
        return sentence;
    }

    public String sealedSubject() {
        return sealedSubject;
    }
}
