package com.lifeos.query.learning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.api.learning.FindLearningAnalyticsQuery;
import com.lifeos.api.learning.FindLearningSessionQuery;
import com.lifeos.api.learning.LearningAnalyticsView;
import com.lifeos.api.learning.LearningCoursePage;
import com.lifeos.api.learning.LearningCourseView;
import com.lifeos.api.learning.LearningSessionPage;
import com.lifeos.api.learning.LearningSessionView;
import com.lifeos.api.learning.ListLearningCoursesQuery;
import com.lifeos.api.learning.ListLearningSessionsQuery;
import com.lifeos.api.shared.SealedText;
import com.lifeos.projection.learning.LearningSessionRow;
import com.lifeos.projection.learning.LearningSessionRows;
import com.lifeos.query.shared.Filters;
import com.lifeos.query.shared.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Answers the learning queries from the session rows; courses and analytics are computed over them. */
@Component
class LearningQueryHandler {

    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("sessionDate"), Sort.Order.desc("createdAt"),
            Sort.Order.asc("id"));

    private final LearningSessionRows sessions;

    LearningQueryHandler(LearningSessionRows sessions) {
        this.sessions = sessions;
    }

    @QueryHandler
    Optional<LearningSessionView> handle(FindLearningSessionQuery query) {
        return sessions.findByIdAndUserId(query.sessionId(), query.userId()).map(LearningQueryHandler::view);
    }

    @QueryHandler
    LearningSessionPage handle(ListLearningSessionsQuery query) {
        return Pages.of(sessions, Filters.ownedBy(LearningSessionRow.class, query.userId())
                        .within("sessionDate", query.from(), query.to())
                        .equal("courseKey", LearningSessionRow.keyOf(query.courseName()))
                        .equal("platformKey", LearningSessionRow.keyOf(query.platform()))
                        .toSpecification(),
                query.page(), LATEST_FIRST, LearningQueryHandler::view, LearningSessionPage::new);
    }

    @QueryHandler
    LearningCoursePage handle(ListLearningCoursesQuery query) {
        List<LearningCourseView> courses = LearningCourses.of(facts(query.userId()));
        int from = (int) Math.min((long) query.page().page() * query.page().size(), courses.size());
        int to = Math.min(from + query.page().size(), courses.size());
        return new LearningCoursePage(courses.subList(from, to), courses.size());
    }

    @QueryHandler
    LearningAnalyticsView handle(FindLearningAnalyticsQuery query) {
        return LearningAnalytics.of(facts(query.userId()), query.range(), query.calendar());
    }

    private List<SessionFacts> facts(UUID userId) {
        return sessions.findByUserId(userId).stream()
                .map(row -> new SessionFacts(row.id(), row.courseName(), row.platform(), row.durationMinutes(),
                        row.progressPercentage(), row.sessionDate(), row.createdAt()))
                .toList();
    }

    static LearningSessionView view(LearningSessionRow row) {
        return new LearningSessionView(row.id(), row.courseName(), row.platform(), row.durationMinutes(),
                row.progressPercentage(), row.sessionDate(), row.notes() == null ? null : new SealedText(row.notes()),
                row.createdAt(), row.updatedAt());
    }
}
