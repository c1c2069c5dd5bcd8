package com.lifeos.query.goal;

import java.time.LocalDate;

/** A goal's progress as it stood after a change on a local date. */
public record ProgressPoint(LocalDate date, int progress) {
}
