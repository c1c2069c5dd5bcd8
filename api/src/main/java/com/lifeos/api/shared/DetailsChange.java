package com.lifeos.api.shared;

/**
 * Marks the event that replaces an owned entity's whole details record after a change (not just the changed
 * fields), so the write side keeps them in one place. The method is the record's own component: the stored JSON does
 * not change.
 *
 * @param <D> the entity's details record
 */
public interface DetailsChange<D> {

    D details();
}
