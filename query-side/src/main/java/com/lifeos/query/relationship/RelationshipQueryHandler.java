package com.lifeos.query.relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.lifeos.api.relationship.FindRelationshipInteractionQuery;
import com.lifeos.api.relationship.FindRelationshipQuery;
import com.lifeos.api.relationship.FindRelationshipRemindersQuery;
import com.lifeos.api.relationship.ListRelationshipInteractionsQuery;
import com.lifeos.api.relationship.ListRelationshipsQuery;
import com.lifeos.api.relationship.RelationshipInteractionList;
import com.lifeos.api.relationship.RelationshipInteractionView;
import com.lifeos.api.relationship.RelationshipList;
import com.lifeos.api.relationship.RelationshipRemindersView;
import com.lifeos.api.relationship.RelationshipView;
import com.lifeos.api.shared.SealedText;
import com.lifeos.projection.relationship.InteractionRow;
import com.lifeos.projection.relationship.InteractionRows;
import com.lifeos.projection.relationship.RelationshipRow;
import com.lifeos.projection.relationship.RelationshipRows;
import com.lifeos.query.shared.OwnedRowViews;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class RelationshipQueryHandler extends OwnedRowViews<RelationshipRows, RelationshipRow, RelationshipView> {

    private final InteractionRows interactions;

    RelationshipQueryHandler(RelationshipRows relationships, InteractionRows interactions) {
        super(relationships, RelationshipRow.class);
        this.interactions = interactions;
    }

    @QueryHandler
    Optional<RelationshipView> handle(FindRelationshipQuery query) {
        return find(query.relationshipId(), query.userId());
    }

    @QueryHandler
    RelationshipList handle(ListRelationshipsQuery query) {
        String type = query.relationshipType() == null || query.relationshipType().isBlank() ? null
                : query.relationshipType().strip();
        List<RelationshipRow> relationships = type == null ? rows().findByUserId(query.userId())
                : rows().findByUserIdAndRelationshipTypeIgnoreCase(query.userId(), type);
        return new RelationshipList(relationships.stream().map(this::view).toList());
    }

    @QueryHandler
    RelationshipRemindersView handle(FindRelationshipRemindersQuery query) {
        LocalDate today = query.calendar().today();
        List<RelationshipRemindersView.Reminder> due = new ArrayList<>();
        for (RelationshipRow row : rows().findByUserId(query.userId())) {
            LocalDate next = nextContactDate(row);
            if (ContactSchedule.isDue(next, today, query.days())) {
                due.add(new RelationshipRemindersView.Reminder(row.id(), new SealedText(row.contactName()),
                        row.relationshipType(), next, ContactSchedule.daysOverdue(next, today),
                        ContactSchedule.daysUntil(next, today)));
            }
        }
        due.sort(Comparator.comparing(RelationshipRemindersView.Reminder::nextContactDate)
                .thenComparing(RelationshipRemindersView.Reminder::relationshipId));
        return new RelationshipRemindersView(due);
    }

    @QueryHandler
    Optional<RelationshipInteractionList> handle(ListRelationshipInteractionsQuery query) {
        return rows().findByIdAndUserId(query.relationshipId(), query.userId())
                .map(row -> new RelationshipInteractionList(interactions
                        .findByRelationshipIdAndUserIdOrderByDateDescRecordedAtDescIdDesc(row.id(), query.userId())
                        .stream().map(RelationshipQueryHandler::view).toList()));
    }

    @QueryHandler
    Optional<RelationshipInteractionView> handle(FindRelationshipInteractionQuery query) {
        return interactions.findByIdAndRelationshipIdAndUserId(query.interactionId(), query.relationshipId(),
                query.userId()).map(RelationshipQueryHandler::view);
    }

    private static LocalDate nextContactDate(RelationshipRow row) {
        return ContactSchedule.nextContactDate(row.lastContactDate(), row.contactEveryDays(),
                row.plannedContactDate());
    }

    @Override
    protected RelationshipView view(RelationshipRow row) {
        return new RelationshipView(row.id(), new SealedText(row.contactName()), row.relationshipType(),
                row.lastContactDate(), nextContactDate(row), row.contactEveryDays(), sealedOrNull(row.notes()),
                row.createdAt(), row.updatedAt());
    }

    static RelationshipInteractionView view(InteractionRow row) {
        return new RelationshipInteractionView(row.id(), row.relationshipId(), row.date(), row.kind(),
                sealedOrNull(row.notes()), row.recordedAt());
    }

    private static SealedText sealedOrNull(String value) {
        return value == null ? null : new SealedText(value);
    }
}
