package com.lifeos.api.dashboard;

import java.time.LocalDate;
import java.util.Map;

/** A day's productivity score (0–100, null when nothing was due or tracked) with its inputs. */
public record DayProductivityView(LocalDate date, Integer score, Map<String, Object> inputs) {
}
