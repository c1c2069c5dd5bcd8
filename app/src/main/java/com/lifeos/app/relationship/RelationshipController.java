package com.lifeos.app.relationship;

import java.net.URI;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.lifeos.api.relationship.ChangeRelationshipCommand;
import com.lifeos.api.relationship.CreateRelationshipCommand;
import com.lifeos.api.relationship.DeleteRelationshipCommand;
import com.lifeos.api.relationship.FindRelationshipInteractionQuery;
import com.lifeos.api.relationship.FindRelationshipQuery;
import com.lifeos.api.relationship.FindRelationshipRemindersQuery;
import com.lifeos.api.relationship.ListRelationshipInteractionsQuery;
import com.lifeos.api.relationship.ListRelationshipsQuery;
import com.lifeos.api.relationship.RecordRelationshipInteractionCommand;
import com.lifeos.api.relationship.RelationshipDetails;
import com.lifeos.api.relationship.RelationshipInteractionList;
import com.lifeos.api.relationship.RelationshipInteractionView;
import com.lifeos.api.relationship.RelationshipList;
import com.lifeos.api.relationship.RelationshipRemindersView;
import com.lifeos.api.relationship.RelationshipView;
import com.lifeos.api.shared.PageRequest;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.app.security.Actor;
import com.lifeos.shared.error.InvalidFieldException;
import com.lifeos.app.web.PageResponse;
import com.lifeos.app.web.Paging;
import com.lifeos.app.web.Days;
import com.lifeos.app.web.Edge;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people in a user's life. Contact names and notes are personal data about a third person: they are sealed
 * with the owner's key before they enter a command, so the log, the read model and the audit trail hold only
 * ciphertext, and they are opened here for the owner alone. Because the read side cannot read names, the list is
 * ordered by name (and paged) here, after opening; one person's relationships are few enough for that.
 */
@RestController
@RequestMapping("/api/relationships")
class RelationshipController {

    private static final String DEFAULT_REMINDER_DAYS = "7";

    private final Edge edge;

    RelationshipController(Edge edge) {
        this.edge = edge;
    }

    record RelationshipResponse(UUID id, String contactName, String relationshipType, LocalDate lastContactDate,
                                LocalDate nextContactDate, Integer contactEveryDays, String notes, Instant createdAt,
                                Instant updatedAt) {
    }

    record InteractionResponse(UUID id, UUID relationshipId, LocalDate date, String kind, String notes,
                               Instant recordedAt) {
    }

    record InteractionsResponse(List<InteractionResponse> items) {
    }

    record ReminderResponse(UUID relationshipId, String contactName, String relationshipType,
                            LocalDate nextContactDate, Long daysOverdue, Long daysUntil) {
    }

    record RemindersResponse(List<ReminderResponse> items) {
    }

    @PostMapping
    ResponseEntity<RelationshipResponse> create(Actor actor, @Valid @RequestBody RelationshipRequests.Create request) {
        UserCalendar calendar = edge.calendars().of(actor);
        Days.requireNotFuture("last_contact_date", request.lastContactDate(), calendar);
        UUID relationshipId = request.id() != null ? request.id() : UUID.randomUUID();
        RelationshipDetails details = new RelationshipDetails(edge.privateText().seal(actor.userId(),
                request.contactName().strip()), request.relationshipType(),
                edge.privateText().seal(actor.userId(), request.notes()), request.contactEveryDays());
        CreateRelationshipCommand command = new CreateRelationshipCommand(relationshipId, actor.userId(), details,
                request.lastContactDate(), request.nextContactDate(), calendar.today());
        return edge.create(actor.userId(), relationshipId, URI.create("/api/relationships/" + relationshipId),
                command, new FindRelationshipQuery(actor.userId(), relationshipId), RelationshipView.class,
                view -> response(actor, view));
    }

    @GetMapping
    PageResponse<RelationshipResponse> list(Actor actor,
                                            @RequestParam(name = "relationship_type", required = false) String type,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PageRequest pageRequest = Paging.of(page, size);
        List<RelationshipResponse> all = edge.queries().ask(new ListRelationshipsQuery(actor.userId(), type),
                        RelationshipList.class).items().stream()
                .map(view -> response(actor, view))
                .sorted(Comparator.comparing(RelationshipResponse::contactName, byName())
                        .thenComparing(RelationshipResponse::id))
                .toList();
        return PageResponse.slice(all, pageRequest);
    }

    @GetMapping("/reminders")
    RemindersResponse reminders(Actor actor, @RequestParam(defaultValue = DEFAULT_REMINDER_DAYS) int days) {
        if (days < 0 || days > FindRelationshipRemindersQuery.MAX_DAYS) {
            throw new InvalidFieldException("days", "must be between 0 and " + FindRelationshipRemindersQuery.MAX_DAYS);
        }
        RelationshipRemindersView due = edge.queries().ask(
                new FindRelationshipRemindersQuery(actor.userId(), edge.calendars().of(actor), days),
                RelationshipRemindersView.class);
        return new RemindersResponse(due.items().stream()
                .map(item -> new ReminderResponse(item.relationshipId(),
                        edge.privateText().open(actor.userId(), item.contactName()), item.relationshipType(),
                        item.nextContactDate(), item.daysOverdue(), item.daysUntil()))
                .sorted(Comparator.comparing(ReminderResponse::nextContactDate)
                        .thenComparing(ReminderResponse::contactName, byName()))
                .toList());
    }

    @GetMapping("/{id}")
    RelationshipResponse get(Actor actor, @PathVariable UUID id) {
        return response(actor, edge.queries().require(new FindRelationshipQuery(actor.userId(), id), RelationshipView.class));
    }

    @PutMapping("/{id}")
    RelationshipResponse change(Actor actor, @PathVariable UUID id,
                                @Valid @RequestBody RelationshipRequests.Change request) {
        UserCalendar calendar = edge.calendars().of(actor);
        Days.requireNotFuture("last_contact_date", request.lastContactDate(), calendar);
        edge.commands().send(actor.userId(), new ChangeRelationshipCommand(id, actor.userId(),
                request.contactName() == null ? null : edge.privateText().seal(actor.userId(), request.contactName().strip()),
                request.relationshipType(), edge.privateText().seal(actor.userId(), request.notes()),
                request.contactEveryDays(), request.lastContactDate(), request.nextContactDate(), calendar.today()));
        return get(actor, id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        return edge.remove(actor.userId(), new DeleteRelationshipCommand(id, actor.userId()));
    }

    @PostMapping("/{id}/interactions")
    ResponseEntity<InteractionResponse> recordInteraction(
            Actor actor, @PathVariable UUID id,
            @Valid @RequestBody(required = false) RelationshipRequests.Interaction request) {
        RelationshipRequests.Interaction body = request != null ? request
                : new RelationshipRequests.Interaction(null, null, null, null);
        UserCalendar calendar = edge.calendars().of(actor);
        UUID interactionId = body.id() != null ? body.id() : UUID.randomUUID();
        LocalDate date = body.date() != null ? body.date() : calendar.today();
        Days.requireNotFuture("date", date, calendar);
        RecordRelationshipInteractionCommand command = new RecordRelationshipInteractionCommand(id, actor.userId(),
                interactionId, date, calendar.today(), actor.zone().getId(), body.kind(),
                edge.privateText().seal(actor.userId(), body.notes()));
        return edge.creations().create(actor.userId(), interactionId,
                URI.create("/api/relationships/" + id + "/interactions/" + interactionId),
                () -> edge.commands().send(actor.userId(), command),
                () -> edge.queries().find(new FindRelationshipInteractionQuery(actor.userId(), id, interactionId),
                        RelationshipInteractionView.class).map(view -> response(actor, view)));
    }

    @GetMapping("/{id}/interactions")
    InteractionsResponse interactions(Actor actor, @PathVariable UUID id) {
        RelationshipInteractionList list = edge.queries().require(new ListRelationshipInteractionsQuery(actor.userId(), id),
                RelationshipInteractionList.class);
        return new InteractionsResponse(list.items().stream().map(view -> response(actor, view)).toList());
    }

    @GetMapping("/{id}/interactions/{interactionId}")
    InteractionResponse interaction(Actor actor, @PathVariable UUID id, @PathVariable UUID interactionId) {
        return response(actor, edge.queries().require(new FindRelationshipInteractionQuery(actor.userId(), id, interactionId),
                RelationshipInteractionView.class));
    }

    private RelationshipResponse response(Actor actor, RelationshipView view) {
        return new RelationshipResponse(view.id(), edge.privateText().open(actor.userId(), view.contactName()),
                view.relationshipType(), view.lastContactDate(), view.nextContactDate(), view.contactEveryDays(),
                edge.privateText().open(actor.userId(), view.notes()), view.createdAt(), view.updatedAt());
    }

    private InteractionResponse response(Actor actor, RelationshipInteractionView view) {
        return new InteractionResponse(view.id(), view.relationshipId(), view.date(), view.kind(),
                edge.privateText().open(actor.userId(), view.notes()), view.recordedAt());
    }

    /** Names as people sort them: accents and case do not split "émile", "Emile" and "Emma" apart. */
    private static Comparator<String> byName() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }
}
