package com.lifeos.query.journal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.api.journal.FindJournalAnalyticsQuery;
import com.lifeos.api.journal.FindJournalEntryQuery;
import com.lifeos.api.journal.FindJournalMoodTrendsQuery;
import com.lifeos.api.journal.JournalAnalyticsView;
import com.lifeos.api.journal.JournalEntryPage;
import com.lifeos.api.journal.JournalEntryView;
import com.lifeos.api.journal.JournalMoodTrendsView;
import com.lifeos.api.journal.ListJournalEntriesQuery;
import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.SealedText;
import com.lifeos.projection.journal.JournalEntryRow;
import com.lifeos.projection.journal.JournalEntryRows;
import com.lifeos.query.shared.OwnedRowViews;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

@Component
class JournalQueryHandler extends OwnedRowViews<JournalEntryRows, JournalEntryRow, JournalEntryView> {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("entryDate"), Sort.Order.desc("createdAt"),
            Sort.Order.asc("id"));

    JournalQueryHandler(JournalEntryRows entries) {
        super(entries, JournalEntryRow.class);
    }

    @QueryHandler
    Optional<JournalEntryView> handle(FindJournalEntryQuery query) {
        return find(query.entryId(), query.userId());
    }

    @QueryHandler
    JournalEntryPage handle(ListJournalEntriesQuery query) {
        return page(ownedBy(query.userId())
                        .equal("mood", query.mood())
                        .within("entryDate", query.from(), query.to())
                        .where(taggedWith(query.tag())),
                query.page(), NEWEST_FIRST, JournalEntryPage::new);
    }

    @QueryHandler
    JournalMoodTrendsView handle(FindJournalMoodTrendsQuery query) {
        return MoodTrends.of(facts(query.userId(), query.range()), query.range(), query.bucket(), query.weekStart());
    }

    @QueryHandler
    JournalAnalyticsView handle(FindJournalAnalyticsQuery query) {
        return WritingAnalytics.of(facts(query.userId(), query.range()), rows().findEntryDates(query.userId()),
                query.range(), query.calendar());
    }

    private List<EntryFacts> facts(UUID userId, DateRange range) {
        return rows().findByUserIdAndEntryDateBetween(userId, range.from(), range.to()).stream()
                .map(row -> new EntryFacts(row.entryDate(), row.mood(), row.contentLength(), row.tags()))
                .toList();
    }

    /** Entries carrying the tag in any spelling; no condition at all when no tag is asked for. */
    private static Specification<JournalEntryRow> taggedWith(String tag) {
        if (tag == null || tag.isBlank()) {
            return Specification.unrestricted();
        }
        String wanted = tag.strip().toLowerCase(Locale.ROOT);
        return (root, query, cb) -> cb.equal(cb.lower(root.join("tags").get("tag")), wanted);
    }

    @Override
    protected JournalEntryView view(JournalEntryRow row) {
        return new JournalEntryView(row.id(), row.entryDate(), new SealedText(row.content()), row.contentLength(),
                row.mood(), row.tags(), row.isPrivate(), row.createdAt(), row.updatedAt());
    }
}
