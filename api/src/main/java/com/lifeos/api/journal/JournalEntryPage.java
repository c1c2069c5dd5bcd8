package com.lifeos.api.journal;

import java.util.List;

public record JournalEntryPage(List<JournalEntryView> items, long totalItems) {
}
