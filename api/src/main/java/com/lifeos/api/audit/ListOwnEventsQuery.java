package com.lifeos.api.audit;

import java.util.UUID;

import com.lifeos.api.shared.PageRequest;

/**
 * One page of every event about a person's data, grouped by entity (events without an entity first)
 * and oldest first within each: what an export streams, page by page.
 */
public record ListOwnEventsQuery(UUID userId, PageRequest page) {
}
