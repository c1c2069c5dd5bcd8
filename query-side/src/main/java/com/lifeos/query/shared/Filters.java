package com.lifeos.query.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.jpa.domain.Specification;

/**
 * The optional filters of a list query, as one JPA specification: a filter whose value is absent
 * (null or blank) is left out, so "no filter" never turns into "equals null".
 */
public final class Filters<T> {

    private final List<Specification<T>> parts = new ArrayList<>();

    private Filters() {
    }

    public static <T> Filters<T> of(Class<T> rowType) {
        return new Filters<>();
    }

    /**
     * The rows of one person only. The owner is never optional: a missing one fails here rather than being left
     * out like an absent filter, which would answer with everyone's rows.
     */
    public static <T> Filters<T> ownedBy(Class<T> rowType, UUID userId) {
        Objects.requireNonNull(userId, "userId");
        return Filters.of(rowType).equal("userId", userId);
    }

    public Filters<T> equal(String attribute, Object value) {
        return unlessAbsent(value, (root, query, cb) -> cb.equal(root.get(attribute), value));
    }

    public <V extends Comparable<? super V>> Filters<T> atLeast(String attribute, V value) {
        return unlessAbsent(value, (root, query, cb) -> cb.greaterThanOrEqualTo(root.get(attribute), value));
    }

    public <V extends Comparable<? super V>> Filters<T> atMost(String attribute, V value) {
        return unlessAbsent(value, (root, query, cb) -> cb.lessThanOrEqualTo(root.get(attribute), value));
    }

    public <V extends Comparable<? super V>> Filters<T> before(String attribute, V value) {
        return unlessAbsent(value, (root, query, cb) -> cb.lessThan(root.get(attribute), value));
    }

    /** From the first day to the last, both included. */
    public Filters<T> within(String attribute, LocalDate first, LocalDate last) {
        return atLeast(attribute, first).atMost(attribute, last);
    }

    /** A condition a list query needs beyond comparing one attribute, such as one over a joined table. */
    public Filters<T> where(Specification<T> condition) {
        parts.add(condition);
        return this;
    }

    public Specification<T> toSpecification() {
        return Specification.allOf(parts);
    }

    private Filters<T> unlessAbsent(Object value, Specification<T> part) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            parts.add(part);
        }
        return this;
    }
}
