package com.lifeos.projection.dashboard;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Consumer;

import org.axonframework.eventhandling.DomainEventMessage;

/**
 * What goals and projects have in common on the dashboard: a titled subject with a due date, a progress and a
 * status, and a line in the feed for each change that names it by the title it has after the change.
 */
abstract class ProgressBoard extends Board {

    private final String area;
    private final String kind;

    ProgressBoard(String area, String kind, DashboardRows rows, ActivityFeed feed) {
        super(rows, feed);
        this.area = area;
        this.kind = kind;
    }

    void create(UUID id, UUID userId, DomainEventMessage<?> event, String title, Consumer<SubjectRow> fill) {
        rows.create(id, userId, area, kind, event, row -> fill.accept(row.title(title).progress(0)));
        feed.tell(event, userId, area, id, line -> line.title(title));
    }

    void change(UUID id, UUID userId, DomainEventMessage<?> event, String title, Consumer<SubjectRow> change) {
        rows.change(id, userId, event, row -> change.accept(row.title(title)));
        feed.tell(event, userId, area, id, line -> line.title(title));
    }

    void progress(UUID id, UUID userId, DomainEventMessage<?> event, int progress) {
        rows.change(id, userId, event, row -> row.progress(progress));
        feed.tell(event, userId, area, id, line -> line.title(rows.titleOf(id, userId))
                .amount(BigDecimal.valueOf(progress)));
    }

    void status(UUID id, UUID userId, DomainEventMessage<?> event, Enum<?> status) {
        rows.change(id, userId, event, row -> row.status(status));
        feed.tell(event, userId, area, id, line -> line.title(rows.titleOf(id, userId)).label(status.name()));
    }

    void delete(UUID id, UUID userId, DomainEventMessage<?> event) {
        rows.delete(id, userId, event);
        feed.tell(event, userId, area, id, line -> line.title(rows.titleOf(id, userId)));
    }

    /** A fact between two subjects (a project linked to a goal), named by both titles. */
    void link(UUID id, UUID userId, DomainEventMessage<?> event, UUID otherId) {
        feed.tell(event, userId, area, id, line -> line.title(rows.titleOf(id, userId))
                .detail(rows.titleOf(otherId, userId)));
    }
}
