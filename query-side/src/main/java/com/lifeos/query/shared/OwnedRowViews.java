package com.lifeos.query.shared;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.api.shared.PageRequest;
import com.lifeos.projection.shared.OwnedRow;
import com.lifeos.projection.shared.OwnedRowTable;
import org.springframework.data.domain.Sort;

/**
 * What a feature's query handler answers alike over its table of a person's own rows: one row by its id, a page or
 * all of the rows a list query's filters keep, each shown as the api's view. Every read names the owner, so another
 * person's id answers nothing (a 404 at the edge) and no list reaches past the asker's own rows.
 *
 * @param <R> the feature's table, kept here for its own queries (analytics read it by {@link #rows()})
 * @param <T> its row
 * @param <V> the api's view of a row
 */
public abstract class OwnedRowViews<R extends OwnedRowTable<T>, T extends OwnedRow, V> {

    private final R rows;
    private final Class<T> rowType;

    protected OwnedRowViews(R rows, Class<T> rowType) {
        this.rows = rows;
        this.rowType = rowType;
    }

    /** The api's view of one row. */
    protected abstract V view(T row);

    protected final R rows() {
        return rows;
    }

    /** The owner's row with this id, as its view; empty for an unknown id and for another person's row. */
    protected final Optional<V> find(UUID id, UUID userId) {
        return rows.findByIdAndUserId(id, userId).map(this::view);
    }

    /** The owner's rows, to be narrowed by a list query's filters. */
    protected final Filters<T> ownedBy(UUID userId) {
        return Filters.ownedBy(rowType, userId);
    }

    protected final <P> P page(Filters<T> matching, PageRequest page, Sort order, Pages.PageOf<V, P> pageOf) {
        return Pages.of(rows, matching.toSpecification(), page, order, this::view, pageOf);
    }

    protected final List<V> all(Filters<T> matching, Sort order) {
        return rows.findAll(matching.toSpecification(), order).stream().map(this::view).toList();
    }
}
