package com.lifeos.app.live;

import java.time.YearMonth;
import java.util.UUID;

/**
 * That something of a user's changed and a projection has applied it: what travels between instances. It carries
 * no data (each instance reads the entity itself, and only for users connected to it), so nothing private crosses
 * Redis. {@code month} is the budget month a budget change concerns, else null.
 */
record LiveNotice(UUID userId, String type, UUID entityId, YearMonth month) {
}
