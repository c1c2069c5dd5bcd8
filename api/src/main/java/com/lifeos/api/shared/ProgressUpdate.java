package com.lifeos.api.shared;

/**
 * Marks the event that sets a piece of work's progress (a goal's, a project's) in percent, so the write side keeps
 * the progress rules in one place. The method is the record's own component: the stored JSON does not change.
 */
public interface ProgressUpdate {

    int progress();
}
