package com.lifeos.api.time;

/** Why a time entry's timing is unacceptable, naming the JSON field to blame. */
public record TimingProblem(String field, String message) {
}
