package com.lifeos.api.time;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.shared.PageRequest;

/** The user's entries, latest date first, with a local date from {@code from} to {@code to} and the category when present. */
public record ListTimeEntriesQuery(UUID userId, LocalDate from, LocalDate to, String category, PageRequest page) {
}
