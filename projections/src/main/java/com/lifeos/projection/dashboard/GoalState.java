package com.lifeos.projection.dashboard;

/** A goal's state on the dashboard: its own statuses, and deleted. */
public enum GoalState {
    ACTIVE, PAUSED, COMPLETED, ABANDONED, DELETED
}
