package com.lifeos.api.shared;

/**
 * Marks the event that ends an owned entity's stream: once it is applied, the write side answers every later
 * command for that id as for an unknown one, while the history stays for auditors. A marker only, so the stored JSON
 * of an event that carries it does not change.
 */
public interface Deletion {
}
