package com.lifeos.projection.habit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.lifeos.api.habit.HabitDefinition;
import com.lifeos.api.habit.HabitFrequency;
import jakarta.persistence.Column;
import com.lifeos.projection.shared.OwnedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One habit as the "habit" projection keeps it. */
@Entity
@Table(name = "habit")
public class HabitRow extends OwnedRow {

    private String title;
    private String description;
    private String category;
    @Enumerated(EnumType.STRING)
    private HabitFrequency frequency;
    private Integer targetPerWeek;
    private String daysOfWeek;
    private LocalTime reminderTime;
    @Column(name = "is_active")
    private boolean active;

    protected HabitRow() {
    }

    HabitRow(UUID id, UUID userId, HabitDefinition definition, long sequence, Instant at) {
        super(id, userId, sequence, at);
        assign(definition);
    }

    /** Applies a newer definition; an event this row has already seen changes nothing. */
    void apply(HabitDefinition definition, long sequence, Instant at) {
        ifNewer(sequence, at, () -> assign(definition));
    }

    private void assign(HabitDefinition definition) {
        title = definition.title();
        description = definition.description();
        category = definition.category();
        frequency = definition.frequency();
        targetPerWeek = definition.targetPerWeek();
        daysOfWeek = definition.daysOfWeek().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        reminderTime = definition.reminderTime();
        active = definition.active();
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String category() {
        return category;
    }

    public HabitFrequency frequency() {
        return frequency;
    }

    public Integer targetPerWeek() {
        return targetPerWeek;
    }

    public List<DayOfWeek> daysOfWeek() {
        return daysOfWeek == null || daysOfWeek.isEmpty() ? List.of()
                : Arrays.stream(daysOfWeek.split(",")).map(DayOfWeek::valueOf).sorted().toList();
    }

    public Set<DayOfWeek> daysOfWeekSet() {
        return Set.copyOf(daysOfWeek());
    }

    public LocalTime reminderTime() {
        return reminderTime;
    }

    public boolean active() {
        return active;
    }
}
