package com.lifeos.projection.dashboard;

/** A habit's state on the dashboard: an inactive habit is kept but never due. */
public enum HabitState {
    ACTIVE, INACTIVE, DELETED
}
