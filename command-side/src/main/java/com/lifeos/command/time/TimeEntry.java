package com.lifeos.command.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.lifeos.api.shared.PersonalText;
import com.lifeos.api.time.ChangeTimeEntryCommand;
import com.lifeos.api.time.CreateTimeEntryCommand;
import com.lifeos.api.time.DeleteTimeEntryCommand;
import com.lifeos.api.time.TimeEntryChangedEvent;
import com.lifeos.api.time.TimeEntryCreatedEvent;
import com.lifeos.api.time.TimeEntryDeletedEvent;
import com.lifeos.api.time.TimeEntryFacts;
import com.lifeos.api.time.TimeEntryTiming;
import com.lifeos.shared.time.NotInFuture;
import com.lifeos.command.shared.OwnedAggregate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Time spent on one activity: a start and an end, or a duration alone, on a local date. Overlapping other
 * entries is allowed (reported by the read side), so each entry is its own aggregate.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotEvery200Events")
class TimeEntry extends OwnedAggregate {

    @AggregateIdentifier
    private UUID entryId;
    @PersonalText
    private String activity;
    @PersonalText
    private String category;
    private TimeEntryTiming timing;
    private Integer productivityScore;
    private LocalDate date;
    private String zone;

    TimeEntry() {
    }

    @CommandHandler
    TimeEntry(CreateTimeEntryCommand command) {
        TimeEntryTiming given = command.timing();
        apply(new TimeEntryCreatedEvent(command.entryId(), command.userId(), command.activity(), command.category(),
                given.startTime(), given.endTime(), given.durationMinutes(), command.productivityScore(),
                command.date(), command.zone()));
    }

    /**
     * New times re-judge the date in the sender's zone; a date sent for a duration alone replaces it (judged in
     * the sender's zone too); otherwise the date keeps the zone it was judged in.
     */
    @CommandHandler
    void handle(ChangeTimeEntryCommand command) {
        requireOwner(command.userId(), entryId);
        TimeEntryTiming next = timing.changed(command.startTime(), command.endTime(), command.durationMinutes(),
                command.clearTimes());
        boolean timesChanged = next.timed() && !next.equals(timing);
        boolean rejudged = timesChanged || command.date() != null && !command.date().equals(date);
        String nextZone = rejudged ? command.zone() : zone;
        LocalDate nextDate = rejudged ? TimeEntryFacts.dateOf(next, command.date(), ZoneId.of(nextZone)) : date;
        NotInFuture.require("date", nextDate, command.today());
        TimeEntryChangedEvent changed = new TimeEntryChangedEvent(entryId, userId,
                command.activity() != null ? command.activity() : activity,
                command.category() != null ? command.category() : category,
                next.startTime(), next.endTime(), next.durationMinutes(),
                command.productivityScore() != null ? command.productivityScore() : productivityScore,
                nextDate, nextZone);
        if (!changed.equals(current())) {
            apply(changed);
        }
    }

    @CommandHandler
    void handle(DeleteTimeEntryCommand command) {
        delete(command.userId(), entryId, new TimeEntryDeletedEvent(entryId, userId));
    }

    private TimeEntryChangedEvent current() {
        return new TimeEntryChangedEvent(entryId, userId, activity, category, timing.startTime(), timing.endTime(),
                timing.durationMinutes(), productivityScore, date, zone);
    }

    @EventSourcingHandler
    void on(TimeEntryCreatedEvent event) {
        entryId = event.entryId();
        userId = event.userId();
        take(event.activity(), event.category(), new TimeEntryTiming(event.startTime(), event.endTime(),
                event.durationMinutes()), event.productivityScore(), event.date(), event.zone());
    }

    @EventSourcingHandler
    void on(TimeEntryChangedEvent event) {
        take(event.activity(), event.category(), new TimeEntryTiming(event.startTime(), event.endTime(),
                event.durationMinutes()), event.productivityScore(), event.date(), event.zone());
    }

    /** Both events carry the entry's whole state. */
    private void take(String activity, String category, TimeEntryTiming timing, Integer productivityScore,
                      LocalDate date, String zone) {
        this.activity = activity;
        this.category = category;
        this.timing = timing;
        this.productivityScore = productivityScore;
        this.date = date;
        this.zone = zone;
    }
}
