package com.lifeos.query.shared;

import java.util.List;
import java.util.function.Function;

import com.lifeos.api.shared.PageRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** A list query's page: the rows that match, in a stable order, counted, and shown as the api's page of views. */
public final class Pages {

    private Pages() {
    }

    /** How an api page record is made from its items and the number of all matching rows. */
    @FunctionalInterface
    public interface PageOf<V, P> {
        P of(List<V> items, long totalItems);
    }

    public static <T, V, P> P of(JpaSpecificationExecutor<T> rows, Specification<T> matching, PageRequest page,
                                 Sort order, Function<? super T, V> view, PageOf<V, P> pageOf) {
        Page<T> found = rows.findAll(matching,
                org.springframework.data.domain.PageRequest.of(page.page(), page.size(), order));
        return pageOf.of(found.getContent().stream().<V>map(view).toList(), found.getTotalElements());
    }
}
