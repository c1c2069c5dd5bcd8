package com.lifeos.query.journal;

import java.time.LocalDate;
import java.util.List;

import com.lifeos.api.journal.JournalMood;

/** What the analytics may know about one entry: never its words, only its day, mood, length and tags. */
record EntryFacts(LocalDate date, JournalMood mood, int length, List<String> tags) {
}
