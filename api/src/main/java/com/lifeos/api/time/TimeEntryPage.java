package com.lifeos.api.time;

import java.util.List;

public record TimeEntryPage(List<TimeEntryView> items, long totalItems) {
}
