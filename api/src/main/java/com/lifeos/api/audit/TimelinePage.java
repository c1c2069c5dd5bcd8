package com.lifeos.api.audit;

import java.util.List;

public record TimelinePage(List<TimelineEntryView> items, long totalItems) {
}
