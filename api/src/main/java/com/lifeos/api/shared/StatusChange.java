package com.lifeos.api.shared;

/**
 * Marks the event in which the owner of a piece of work (a goal, a project) set its status by hand; completion has
 * its own event. The method is the record's own component: the stored JSON does not change.
 *
 * @param <S> the work's own status type
 */
public interface StatusChange<S extends Enum<S>> {

    S status();
}
