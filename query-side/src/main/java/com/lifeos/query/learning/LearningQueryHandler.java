package com.lifeos.query.learning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.api.learning.FindLearningAnalyticsQuery;
import com.lifeos.api.learning.FindLearningSessionQuery;
import com.lifeos.api.learning.LearningAnalyticsView;
import com.lifeos.api.learning.LearningCoursePage;
import com.lifeos.api.learning.LearningSessionPage;
import com.lifeos.api.learning.LearningSessionView;
import com.lifeos.api.learning.ListLearningCoursesQuery;
import com.lifeos.api.learning.ListLearningSessionsQuery;
import com.lifeos.api.shared.SealedText;
import com.lifeos.projection.learning.LearningSessionRow;
import com.lifeos.projection.learning.LearningSessionRows;
import com.lifeos.query.shared.OwnedRowViews;
import com.lifeos.query.shared.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Answers the learning queries from the session rows; courses and analytics are computed over them. */
@Component
class LearningQueryHandler extends OwnedRowViews<LearningSessionRows, LearningSessionRow, LearningSessionView> {

    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("sessionDate"), Sort.Order.desc("createdAt"),
            Sort.Order.asc("id"));

    LearningQueryHandler(LearningSessionRows sessions) {
        super(sessions, LearningSessionRow.class);
    }

    @QueryHandler
    Optional<LearningSessionView> handle(FindLearningSessionQuery query) {
        return find(query.sessionId(), query.userId());
    }

    @QueryHandler
    LearningSessionPage handle(ListLearningSessionsQuery query) {
        return page(ownedBy(query.userId())
                        .within("sessionDate", query.from(), query.to())
                        .equal("courseKey", LearningSessionRow.keyOf(query.courseName()))
                        .equal("platformKey", LearningSessionRow.keyOf(query.platform())),
                query.page(), LATEST_FIRST, LearningSessionPage::new);
    }

    @QueryHandler
    LearningCoursePage handle(ListLearningCoursesQuery query) {
        return Pages.of(LearningCourses.of(facts(query.userId())), query.page(), LearningCoursePage::new);
    }

    @QueryHandler
    LearningAnalyticsView handle(FindLearningAnalyticsQuery query) {
        return LearningAnalytics.of(facts(query.userId()), query.range(), query.calendar());
    }

    private List<SessionFacts> facts(UUID userId) {
        return rows().findByUserId(userId).stream()
                .map(row -> new SessionFacts(row.id(), row.courseName(), row.platform(), row.durationMinutes(),
                        row.progressPercentage(), row.sessionDate(), row.createdAt()))
                .toList();
    }

    @Override
    protected LearningSessionView view(LearningSessionRow row) {
        return new LearningSessionView(row.id(), row.courseName(), row.platform(), row.durationMinutes(),
                row.progressPercentage(), row.sessionDate(), row.notes() == null ? null : new SealedText(row.notes()),
                row.createdAt(), row.updatedAt());
    }
}
