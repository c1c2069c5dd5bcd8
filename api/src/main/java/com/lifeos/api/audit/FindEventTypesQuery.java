package com.lifeos.api.audit;

/** Every type of event the timeline can show ({@code HabitCheckedIn}, ...), whether or not one was recorded yet. */
public record FindEventTypesQuery() {
}
