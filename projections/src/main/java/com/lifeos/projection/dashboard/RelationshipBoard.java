package com.lifeos.projection.dashboard;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Consumer;

import com.lifeos.api.relationship.RelationshipChangedEvent;
import com.lifeos.api.relationship.RelationshipCreatedEvent;
import com.lifeos.api.relationship.RelationshipDeletedEvent;
import com.lifeos.api.relationship.RelationshipDetails;
import com.lifeos.api.relationship.RelationshipInteractionRecordedEvent;
import com.lifeos.api.relationship.RelationshipLastContactCorrectedEvent;
import com.lifeos.api.relationship.RelationshipNextContactPlannedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Contacts on the dashboard: the last and planned contact dates (the next date is derived when read, as the
 * relationships feature does) and every interaction as a dated fact. The name stays sealed, in the feed too.
 */
@Component
@ProcessingGroup(Areas.GROUP)
class RelationshipBoard extends Board {

    RelationshipBoard(DashboardRows rows, ActivityFeed feed) {
        super(rows, feed);
    }

    @EventHandler
    void on(RelationshipCreatedEvent e, DomainEventMessage<?> m) {
        rows.create(e.relationshipId(), e.userId(), Areas.RELATIONSHIPS, "contact", m, row -> contact(row, e.details())
                .startDate(e.lastContactDate()).dueDate(e.nextContactDate()).status(ContactState.ACTIVE));
        feed.tell(m, e.userId(), Areas.RELATIONSHIPS, e.relationshipId(),
                line -> line.naming(e.details().contactName().value()));
    }

    @EventHandler
    void on(RelationshipChangedEvent e, DomainEventMessage<?> m) {
        rows.change(e.relationshipId(), e.userId(), m, row -> contact(row, e.details()));
        feed.tell(m, e.userId(), Areas.RELATIONSHIPS, e.relationshipId(),
                line -> line.naming(e.details().contactName().value()));
    }

    @EventHandler
    void on(RelationshipLastContactCorrectedEvent e, DomainEventMessage<?> m) {
        rows.change(e.relationshipId(), e.userId(), m, row -> row.startDate(e.lastContactDate()));
        tell(m, e.userId(), e.relationshipId(), line -> line.on(e.lastContactDate(), null));
    }

    @EventHandler
    void on(RelationshipNextContactPlannedEvent e, DomainEventMessage<?> m) {
        rows.change(e.relationshipId(), e.userId(), m, row -> row.dueDate(e.nextContactDate()));
        tell(m, e.userId(), e.relationshipId(), line -> line.on(e.nextContactDate(), null));
    }

    /** A contact on or after the last one moves the last date and fulfils any plan, as in the relationships view. */
    @EventHandler
    void on(RelationshipInteractionRecordedEvent e, DomainEventMessage<?> m) {
        rows.change(e.relationshipId(), e.userId(), m, row -> {
            if (row.startDate() == null || !e.date().isBefore(row.startDate())) {
                row.startDate(e.date()).dueDate(null);
            }
        });
        rows.fact(e.interactionId(), e.userId(), Areas.RELATIONSHIPS, e.relationshipId(), m,
                row -> row.kind("interaction").label(e.kind()).amount(BigDecimal.ONE).on(e.date(), m.getTimestamp()));
        tell(m, e.userId(), e.relationshipId(), line -> line.label(e.kind()).on(e.date(), e.zone()));
    }

    @EventHandler
    void on(RelationshipDeletedEvent e, DomainEventMessage<?> m) {
        rows.delete(e.relationshipId(), e.userId(), m);
        tell(m, e.userId(), e.relationshipId(), line -> { });
    }

    /** A line naming the contact as the dashboard knows them. */
    private void tell(DomainEventMessage<?> m, UUID userId, UUID contactId, Consumer<ActivityRow> fill) {
        String name = rows.subject(contactId, userId).map(SubjectRow::sealedName).orElse(null);
        feed.tell(m, userId, Areas.RELATIONSHIPS, contactId, line -> fill.accept(line.naming(name)));
    }

    private static SubjectRow contact(SubjectRow row, RelationshipDetails details) {
        return row.sealedName(details.contactName().value()).label(details.relationshipType())
                .everyDays(details.contactEveryDays());
    }
}
