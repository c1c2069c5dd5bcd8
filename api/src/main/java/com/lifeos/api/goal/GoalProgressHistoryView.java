package com.lifeos.api.goal;

import java.time.Instant;
import java.util.List;

import com.lifeos.api.shared.SealedText;

/** Every progress change of a goal, oldest first; notes still sealed (the edge opens them for the owner). */
public record GoalProgressHistoryView(List<Entry> items) {

    public record Entry(int progress, SealedText note, Instant at) {
    }
}
