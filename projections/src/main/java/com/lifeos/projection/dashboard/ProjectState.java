package com.lifeos.projection.dashboard;

/** A project's state on the dashboard: its own statuses, and deleted. */
public enum ProjectState {
    ACTIVE, ON_HOLD, COMPLETED, CANCELLED, DELETED
}
