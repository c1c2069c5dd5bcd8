package com.lifeos.api.shared;

/**
 * Marks the event that says a completed piece of work (a goal, a project) went below 100 % and is active again. A
 * marker only, so the stored JSON of an event that carries it does not change.
 */
public interface Reopening {
}
