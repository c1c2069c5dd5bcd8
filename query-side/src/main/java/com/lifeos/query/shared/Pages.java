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
        return ofRows(rows, matching, page, order, found -> found.stream().<V>map(view).toList(), pageOf);
    }

    /** As {@link #of}, for views made of the page's rows together (with one more read for all of them, say). */
    public static <T, V, P> P ofRows(JpaSpecificationExecutor<T> rows, Specification<T> matching, PageRequest page,
                                     Sort order, Function<List<T>, List<V>> views, PageOf<V, P> pageOf) {
        Page<T> found = rows.findAll(matching,
                org.springframework.data.domain.PageRequest.of(page.page(), page.size(), order));
        return pageOf.of(views.apply(found.getContent()), found.getTotalElements());
    }

    /** A page of a list already made whole, such as one computed from all of a person's rows. */
    public static <V, P> P of(List<V> all, PageRequest page, PageOf<V, P> pageOf) {
        int from = (int) Math.min((long) page.page() * page.size(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return pageOf.of(all.subList(from, to), all.size());
    }
}
