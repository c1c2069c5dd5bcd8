package com.lifeos.projection.dashboard;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.lifeos.projection.shared.PersonalTable;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * The one writer of the dashboard's subjects and facts, which every board uses. A subject or fact changes only
 * through an event of its own stream newer than the last it applied, and only when it is the event's user's: an
 * event that names another person's id (an old one, stored before ids were claimed) changes nothing.
 */
@Component
class DashboardRows implements PersonalTable {

    private final SubjectRows subjects;
    private final FactRows facts;

    DashboardRows(SubjectRows subjects, FactRows facts) {
        this.subjects = subjects;
        this.facts = facts;
    }

    void create(UUID id, UUID userId, String area, String kind, DomainEventMessage<?> event,
                Consumer<SubjectRow> fill) {
        SubjectRow row = new SubjectRow(id, userId, area, kind, event.getSequenceNumber(), event.getTimestamp());
        fill.accept(row);
        subjects.insertIfAbsent(row);
    }

    void change(UUID id, UUID userId, DomainEventMessage<?> event, Consumer<SubjectRow> change) {
        subjects.findOwned(id, userId).ifPresent(row -> row.change(event.getSequenceNumber(), event.getTimestamp(),
                change));
    }

    /** Creates the subject, or changes it when it exists already (a budget set again after its removal). */
    void createOrChange(UUID id, UUID userId, String area, String kind, DomainEventMessage<?> event,
                        Consumer<SubjectRow> fill) {
        if (subjects.findOwned(id, userId).isPresent()) {
            change(id, userId, event, fill);
        } else {
            create(id, userId, area, kind, event, fill);
        }
    }

    Optional<SubjectRow> subject(UUID id, UUID userId) {
        return subjects.findOwned(id, userId);
    }

    /** The subject's title, for a line in the feed; null when the dashboard never knew it. */
    String titleOf(UUID id, UUID userId) {
        return subject(id, userId).map(SubjectRow::title).orElse(null);
    }

    /** The subject's facts go; the subject stays, marked deleted, so the activity feed can still name it. */
    void delete(UUID id, UUID userId, DomainEventMessage<?> event) {
        facts.deleteBySubject(id, userId);
        change(id, userId, event, SubjectRow::markDeleted);
    }

    /**
     * Records a dated fact, or changes the one recorded before; its own stream's sequence guards both. An id whose
     * fact is someone else's changes nothing and answers empty.
     */
    Optional<FactRow> fact(UUID id, UUID userId, String area, UUID subjectId, DomainEventMessage<?> event,
                           Consumer<FactRow> fill) {
        Optional<FactRow> recorded = facts.findById(id);
        if (recorded.isPresent()) {
            Optional<FactRow> own = recorded.filter(row -> row.userId().equals(userId));
            own.ifPresent(row -> row.change(event.getSequenceNumber(), event.getTimestamp(), fill));
            return own;
        }
        FactRow row = new FactRow(id, userId, area, subjectId, event.getSequenceNumber(), event.getTimestamp());
        fill.accept(row);
        facts.insert(row);
        return Optional.of(row);
    }

    Optional<FactRow> findFact(UUID id, UUID userId) {
        return facts.findOwned(id, userId);
    }

    /** Removes a fact; answers it, so a board can follow up (the latest of its kind). */
    Optional<FactRow> removeFact(UUID id, UUID userId) {
        Optional<FactRow> fact = facts.findOwned(id, userId);
        fact.ifPresent(facts::delete);
        return fact;
    }

    /*
     * The subject that shows a user's latest fact of a kind (the last weight, the last journal entry) follows many
     * streams, so no one sequence guards it. It always shows the newest of the facts as LatestFacts orders them: a
     * fact added or changed takes its place when it is at least as new; only when the fact it shows changes or goes
     * is the newest looked up again among all of them.
     */

    void latestAfterChange(FactRow fact, String title, Instant at) {
        UUID id = LatestFacts.subjectId(fact.userId(), fact.area(), fact.kind());
        Optional<SubjectRow> shown = subjects.findById(id);
        if (shown.isPresent() && !shown.get().userId().equals(fact.userId())) {
            return;
        }
        if (shown.isEmpty()) {
            SubjectRow row = new SubjectRow(id, fact.userId(), fact.area(), "latest", 0, at);
            row.latest(fact, title);
            subjects.insert(row);
        } else if (fact.id().equals(shown.get().sourceId())) {
            latestLookedUp(shown.get(), fact.kind(), title);
        } else if (LatestFacts.isAtLeastAsNew(fact, shown.get())) {
            shown.get().latest(fact, title);
        }
    }

    /** {@code kind} is the kind the fact had when the subject showed it: a correction may have changed it since. */
    void latestAfterRemoval(UUID userId, String area, String kind, UUID factId, String title) {
        subjects.findOwned(LatestFacts.subjectId(userId, area, kind), userId)
                .filter(shown -> factId.equals(shown.sourceId()))
                .ifPresent(shown -> latestLookedUp(shown, kind, title));
    }

    private void latestLookedUp(SubjectRow shown, String kind, String title) {
        facts.findFirstByUserIdAndAreaAndKindOrderByFactDateDescOccurredAtDescIdDesc(shown.userId(), shown.area(),
                kind).ifPresentOrElse(newest -> shown.latest(newest, title), () -> subjects.delete(shown));
    }

    /** A person's erasure: every subject and fact of theirs (the activity feed forgets its own lines). */
    @Override
    public void forget(UUID userId) {
        facts.forget(userId);
        subjects.forget(userId);
    }

    /** Before a replay of the group: all of it. */
    @Override
    public void clear() {
        facts.clear();
        subjects.clear();
    }
}
