package com.lifeos.api.audit;

import java.util.List;

public record OwnEventsPage(List<OwnEventView> items) {

    public OwnEventsPage {
        items = List.copyOf(items);
    }
}
