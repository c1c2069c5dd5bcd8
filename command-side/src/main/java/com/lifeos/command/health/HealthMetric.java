package com.lifeos.command.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.health.ChangeHealthMetricCommand;
import com.lifeos.api.health.DeleteHealthMetricCommand;
import com.lifeos.api.health.HealthMetricChangedEvent;
import com.lifeos.api.health.HealthMetricDeletedEvent;
import com.lifeos.api.health.HealthMetricRecordedEvent;
import com.lifeos.api.health.MetricTypes;
import com.lifeos.api.health.RecordHealthMetricCommand;
import com.lifeos.api.shared.PersonalText;
import com.lifeos.api.shared.SealedText;
import com.lifeos.command.shared.OwnedAggregate;
import com.lifeos.shared.time.NotInFuture;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One measurement. Rules: a known type's unit and range (the {@link MetricTypes} catalog), never taken in the
 * future (beyond a small clock skew), only the owner may touch it. Its local day is judged once, in the zone the
 * sender names, when the time is stated; a change of anything else keeps that day.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotEvery200Events")
class HealthMetric extends OwnedAggregate {

    @AggregateIdentifier
    private UUID metricId;
    @PersonalText
    private String metricType;
    private BigDecimal value;
    @PersonalText
    private String unit;
    private Instant recordedAt;
    private LocalDate date;
    private String zone;
    private SealedText notes;

    HealthMetric() {
    }

    @CommandHandler
    HealthMetric(RecordHealthMetricCommand command) {
        NotInFuture.require("recorded_at", command.recordedAt(), command.now(), RecordHealthMetricCommand.CLOCK_SKEW);
        String unit = MetricTypes.unitFor(command.metricType(), command.unit(), null);
        MetricTypes.check(command.metricType(), command.value(), unit);
        apply(new HealthMetricRecordedEvent(command.metricId(), command.userId(), command.metricType(),
                command.value(), unit, command.recordedAt(), dayOf(command.recordedAt(), command.zone()),
                command.zone(), command.notes()));
    }

    @CommandHandler
    void handle(ChangeHealthMetricCommand command) {
        requireOwner(command.userId(), metricId);
        String changedType = command.metricType() != null ? command.metricType() : metricType;
        BigDecimal changedValue = command.value() != null ? command.value() : value;
        String changedUnit = MetricTypes.unitFor(changedType, command.unit(), unit);
        MetricTypes.check(changedType, changedValue, changedUnit);
        SealedText changedNotes = command.clearNotes() ? null : command.notes() != null ? command.notes() : notes;
        Instant changedAt = recordedAt;
        LocalDate changedDate = date;
        String changedZone = zone;
        if (command.recordedAt() != null && !command.recordedAt().equals(recordedAt)) {
            NotInFuture.require("recorded_at", command.recordedAt(), command.now(),
                    RecordHealthMetricCommand.CLOCK_SKEW);
            changedAt = command.recordedAt();
            changedDate = dayOf(changedAt, command.zone());
            changedZone = command.zone();
        }
        boolean unchanged = changedType.equals(metricType) && changedValue.compareTo(value) == 0
                && Objects.equals(changedUnit, unit) && changedAt.equals(recordedAt)
                && Objects.equals(changedNotes, notes);
        if (!unchanged) {
            apply(new HealthMetricChangedEvent(metricId, userId, changedType, changedValue, changedUnit, changedAt,
                    changedDate, changedZone, changedNotes));
        }
    }

    @CommandHandler
    void handle(DeleteHealthMetricCommand command) {
        delete(command.userId(), metricId, new HealthMetricDeletedEvent(metricId, userId));
    }

    private static LocalDate dayOf(Instant instant, String zone) {
        return LocalDate.ofInstant(instant, ZoneId.of(zone));
    }

    @EventSourcingHandler
    void on(HealthMetricRecordedEvent event) {
        metricId = event.metricId();
        userId = event.userId();
        take(event.metricType(), event.value(), event.unit(), event.recordedAt(), event.date(), event.zone(),
                event.notes());
    }

    @EventSourcingHandler
    void on(HealthMetricChangedEvent event) {
        take(event.metricType(), event.value(), event.unit(), event.recordedAt(), event.date(), event.zone(),
                event.notes());
    }

    /** Both events carry the measurement's whole state. */
    private void take(String metricType, BigDecimal value, String unit, Instant recordedAt, LocalDate date,
                      String zone, SealedText notes) {
        this.metricType = metricType;
        this.value = value;
        this.unit = unit;
        this.recordedAt = recordedAt;
        this.date = date;
        this.zone = zone;
        this.notes = notes;
    }
}
