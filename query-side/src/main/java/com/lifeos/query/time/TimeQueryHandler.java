package com.lifeos.query.time;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.lifeos.api.shared.DateRange;
import com.lifeos.api.time.FindTimeAnalyticsQuery;
import com.lifeos.api.time.FindTimeEntryQuery;
import com.lifeos.api.time.FindTimeProductivityQuery;
import com.lifeos.api.time.ListTimeEntriesQuery;
import com.lifeos.api.time.TimeAnalyticsView;
import com.lifeos.api.time.TimeEntryPage;
import com.lifeos.api.time.TimeEntryView;
import com.lifeos.api.time.TimeProductivityView;
import com.lifeos.projection.time.TimeEntryRow;
import com.lifeos.projection.time.TimeEntryRows;
import com.lifeos.query.shared.OwnedRowViews;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
class TimeQueryHandler extends OwnedRowViews<TimeEntryRows, TimeEntryRow, TimeEntryView> {

    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("date"), Sort.Order.desc("createdAt"),
            Sort.Order.asc("id"));

    TimeQueryHandler(TimeEntryRows entries) {
        super(entries, TimeEntryRow.class);
    }

    @QueryHandler
    Optional<TimeEntryView> handle(FindTimeEntryQuery query) {
        return find(query.entryId(), query.userId());
    }

    @QueryHandler
    TimeEntryPage handle(ListTimeEntriesQuery query) {
        return page(ownedBy(query.userId())
                        .equal("category", query.category())
                        .within("date", query.from(), query.to()),
                query.page(), LATEST_FIRST, TimeEntryPage::new);
    }

    @QueryHandler
    TimeAnalyticsView handle(FindTimeAnalyticsQuery query) {
        return TimeAnalytics.of(facts(query.userId(), query.range(), query.calendar().zone()), query.range(),
                query.calendar().zone());
    }

    @QueryHandler
    TimeProductivityView handle(FindTimeProductivityQuery query) {
        return TimeProductivity.of(facts(query.userId(), query.range(), query.calendar().zone()), query.range(),
                query.calendar().zone());
    }

    /** The entries that may count in the range: those with times touching it, and durations dated inside it. */
    private List<TimeFacts> facts(UUID userId, DateRange range, ZoneId zone) {
        Instant from = range.from().atStartOfDay(zone).toInstant();
        Instant to = range.to().plusDays(1).atStartOfDay(zone).toInstant();
        return Stream.concat(rows().findTimedBetween(userId, from, to).stream(),
                        rows().findUntimedBetween(userId, range.from(), range.to()).stream())
                .map(row -> new TimeFacts(row.id(), row.category(), row.startTime(), row.endTime(),
                        row.durationMinutes(), row.productivityScore(), row.date()))
                .toList();
    }

    @Override
    protected TimeEntryView view(TimeEntryRow row) {
        List<UUID> overlapsWith = row.startTime() == null ? List.of()
                : rows().findTimedBetween(row.userId(), row.startTime(), row.endTime()).stream()
                .map(TimeEntryRow::id)
                .filter(id -> !id.equals(row.id()))
                .toList();
        return new TimeEntryView(row.id(), row.activity(), row.category(), row.startTime(), row.endTime(),
                row.durationMinutes(), row.productivityScore(), row.date(), overlapsWith, row.createdAt(),
                row.updatedAt());
    }
}
