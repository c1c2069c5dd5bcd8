package com.lifeos.app.web;

import java.util.List;

/** The list envelope every collection endpoint answers with. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, com.lifeos.api.shared.PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(items, request.page(), request.size(), totalItems, totalPages);
    }
}
