package com.lifeos.app.web;

import java.util.List;

/** The list envelope every collection endpoint answers with. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, com.lifeos.api.shared.PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(items, request.page(), request.size(), totalItems, totalPages);
    }

    /** The requested page of a list already held whole (sorted or filtered where the database cannot). */
    public static <T> PageResponse<T> slice(List<T> all, com.lifeos.api.shared.PageRequest request) {
        int first = (int) Math.min((long) request.page() * request.size(), all.size());
        int last = Math.min(first + request.size(), all.size());
        return of(all.subList(first, last), request, all.size());
    }
}
