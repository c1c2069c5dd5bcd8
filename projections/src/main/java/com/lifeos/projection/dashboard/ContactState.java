package com.lifeos.projection.dashboard;

/** A contact's state on the dashboard. */
public enum ContactState {
    ACTIVE, DELETED
}
