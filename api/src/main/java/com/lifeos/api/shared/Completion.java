package com.lifeos.api.shared;

/**
 * Marks the event that says a piece of work (a goal, a project) reached 100 %. A marker only, so the stored JSON of
 * an event that carries it does not change.
 */
public interface Completion {
}
