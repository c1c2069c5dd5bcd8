package com.lifeos.query.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.lifeos.api.dashboard.DashboardMetricsView;
import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.api.dashboard.FindDashboardMetricsQuery;
import com.lifeos.api.dashboard.FindDashboardOverviewQuery;
import com.lifeos.api.dashboard.FindQuickActionsQuery;
import com.lifeos.api.dashboard.ListRecentActivityQuery;
import com.lifeos.api.dashboard.QuickActionsView;
import com.lifeos.api.dashboard.RecentActivityView;
import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.SealedText;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.projection.dashboard.ActivityRow;
import com.lifeos.projection.dashboard.ActivityRows;
import com.lifeos.projection.dashboard.Areas;
import com.lifeos.projection.dashboard.FactRows;
import com.lifeos.projection.dashboard.SubjectRows;
import com.lifeos.query.shared.LocalDays;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Answers the dashboard from its own group's tables only: a person's subjects (one query) and the facts of the
 * dates asked about (one query), so the cost follows the range asked for, not the length of the history. What the
 * rows mean is each area's picture's business; the activity feed's words are chosen here, when read.
 */
@Component
class DashboardQueryHandler {

    private final SubjectRows subjects;
    private final FactRows facts;
    private final ActivityRows activity;

    DashboardQueryHandler(SubjectRows subjects, FactRows facts, ActivityRows activity) {
        this.subjects = subjects;
        this.facts = facts;
        this.activity = activity;
    }

    @QueryHandler
    DashboardOverviewView handle(FindDashboardOverviewQuery query) {
        return overview(query.userId(), query.calendar(), query.currency());
    }

    @QueryHandler
    DashboardMetricsView handle(FindDashboardMetricsQuery query) {
        DateRange range = query.range();
        // weekly habits are judged by whole weeks, so the week holding the first day is read in full
        LocalDate from = LocalDays.weekStartOf(range.from(), query.calendar().weekStart());
        Map<String, LocalDate> firstRecords = new HashMap<>();
        for (String area : List.of(Areas.HEALTH, Areas.LEARNING, Areas.JOURNAL)) {
            firstRecords.put(area, facts.findFirstDate(query.userId(), area));
        }
        return DashboardAnswers.metrics(picture(query.userId(), query.calendar(), from, range.to()), range,
                query.currency(), query.learningMinutesPerWeek(), firstRecords);
    }

    @QueryHandler
    RecentActivityView handle(ListRecentActivityQuery query) {
        return new RecentActivityView(activity.findLatest(query.userId(), PageRequest.of(0, query.limit())).stream()
                .map(row -> new RecentActivityView.Item(row.eventId(), row.occurredAt(), row.area(), row.kind(),
                        row.entityId(), Sentences.of(fact(row)),
                        row.sealedSubject() == null ? null : new SealedText(row.sealedSubject())))
                .toList());
    }

    @QueryHandler
    QuickActionsView handle(FindQuickActionsQuery query) {
        DashboardOverviewView overview = overview(query.userId(), query.calendar(), query.currency());
        return new QuickActionsView(QuickActions.rank(overview, query.calendar().today(), query.limit()));
    }

    private DashboardOverviewView overview(UUID userId, UserCalendar calendar, String currency) {
        return DashboardAnswers.overview(picture(userId, calendar, windowStart(calendar), calendar.today()), currency);
    }

    private Picture picture(UUID userId, UserCalendar calendar, LocalDate from, LocalDate to) {
        return new Picture(calendar, subjects.findByUserId(userId), facts.findInRange(userId, from, to));
    }

    private static ActivityFact fact(ActivityRow row) {
        return new ActivityFact(row.kind(), row.occurredAt(), row.title(), row.detail(), row.label(), row.amount(),
                row.currency(), row.unit(), row.factDate(), row.zone());
    }

    /** The overview needs this month (finance) and this week (habits, learning): whichever began first. */
    private static LocalDate windowStart(UserCalendar calendar) {
        LocalDate monthStart = calendar.today().withDayOfMonth(1);
        LocalDate weekStart = LocalDays.weekStartOf(calendar.today(), calendar.weekStart());
        return monthStart.isBefore(weekStart) ? monthStart : weekStart;
    }
}
