package com.lifeos.projection.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import com.lifeos.projection.shared.Owned;
import com.lifeos.projection.shared.SequencedRow;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What the dashboard's subjects and facts have in common: a person's row of one area and kind, with a number where
 * it has one (money, minutes, a measured value) and the label, currency and unit that say what the number is.
 */
@MappedSuperclass
public abstract class AreaRow<R extends AreaRow<R>> extends SequencedRow implements Owned {

    @Id
    private UUID id;
    private UUID userId;
    private String area;
    private String kind;
    private String label;
    private BigDecimal amount;
    private String currency;
    private String unit;

    protected AreaRow() {
    }

    AreaRow(UUID id, UUID userId, String area, String kind, long sequence, Instant at) {
        super(sequence, at);
        this.id = id;
        this.userId = userId;
        this.area = area;
        this.kind = kind;
    }

    /** Applies a change that belongs to this row's own event stream, once. */
    final void change(long sequence, Instant at, Consumer<R> change) {
        ifNewer(sequence, at, () -> change.accept(self()));
    }

    final R kind(String value) {
        kind = value;
        return self();
    }

    final R label(String value) {
        label = value;
        return self();
    }

    final R amount(BigDecimal value, String currency, String unit) {
        this.amount = value;
        this.currency = currency;
        this.unit = unit;
        return self();
    }

    @SuppressWarnings("unchecked")
    private R self() {
        return (R) this;
    }

    public UUID id() {
        return id;
    }

    @Override
    public UUID userId() {
        return userId;
    }

    public String area() {
        return area;
    }

    public String kind() {
        return kind;
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
}
