package com.lifeos.projection.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a user's recent activity: the fact itself (its kind, the entity, and what a sentence about it needs:
 * a title, a second title, a label, an amount, a date and the zone it was judged in), kept once per event (its
 * identifier is the key, so a redelivered event adds nothing). The words are chosen when it is read, so they can
 * change without a replay. Private text (a contact's name) stays sealed, opened for the owner when read.
 */
@Entity
@Table(name = "dashboard_activity")
public class ActivityRow {

    static final int TITLE_MAX = 255;
    static final int LABEL_MAX = 100;

    @Id
    private String eventId;
    private long eventPosition;
    private UUID userId;
    private Instant occurredAt;
    private String area;
    private String kind;
    private UUID entityId;
    private String title;
    private String detail;
    private String label;
    private BigDecimal amount;
    private String currency;
    private String unit;
    private LocalDate factDate;
    private String zone;
    private String sealedSubject;

    protected ActivityRow() {
    }

    ActivityRow(String area, UUID entityId) {
        this.area = area;
        this.entityId = entityId;
    }

    /** Text cut to its column's width; a sentence quotes far less of it. */
    static String fitted(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    ActivityRow title(String value) {
        title = fitted(value, TITLE_MAX);
        return this;
    }

    ActivityRow detail(String value) {
        detail = fitted(value, TITLE_MAX);
        return this;
    }

    ActivityRow label(String value) {
        label = fitted(value, LABEL_MAX);
        return this;
    }

    ActivityRow amount(BigDecimal value) {
        amount = value;
        return this;
    }

    ActivityRow money(BigDecimal value, String currencyCode) {
        amount = value;
        currency = currencyCode;
        return this;
    }

    ActivityRow unit(String value) {
        unit = value;
        return this;
    }

    /** The fact's own date, and the zone in which "today" was judged when it was recorded (null when unknown). */
    ActivityRow on(LocalDate date, String zoneId) {
        factDate = date;
        zone = zoneId;
        return this;
    }

    ActivityRow naming(String sealed) {
        sealedSubject = sealed;
        return this;
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

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public String label() {
        return label;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String unit() {
        return unit;
    }

    public LocalDate factDate() {
        return factDate;
    }

    public String zone() {
        return zone;
    }

    public String sealedSubject() {
        return sealedSubject;
    }
}
