package com.lifeos.app.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.dashboard.DashboardMetricsView;
import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.api.dashboard.FindDashboardMetricsQuery;
import com.lifeos.api.dashboard.FindDashboardOverviewQuery;
import com.lifeos.api.dashboard.FindQuickActionsQuery;
import com.lifeos.api.dashboard.ListRecentActivityQuery;
import com.lifeos.api.dashboard.QuickActionsView;
import com.lifeos.api.dashboard.RecentActivityView;
import com.lifeos.api.shared.SealedText;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.identity.account.UserSettings;
import com.lifeos.app.security.Actor;
import com.lifeos.app.web.Days;
import com.lifeos.app.web.Edge;
import com.lifeos.shared.error.InvalidFieldException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard: today's picture, scores over a range, the latest facts and the next useful actions. Everything is
 * read from the "dashboard" group's own tables; contact names are opened here, for their owner only.
 */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

    private static final int DEFAULT_METRICS_DAYS = 30;

    private final Edge edge;
    private final UserSettings settings;

    DashboardController(Edge edge, UserSettings settings) {
        this.edge = edge;
        this.settings = settings;
    }

    record ContactDueResponse(UUID relationshipId, String contactName, LocalDate nextContactDate, Long daysOverdue,
                              Long daysUntil) {
    }

    record ContactsResponse(int due, List<ContactDueResponse> items) {
    }

    record OverviewResponse(LocalDate today, DashboardOverviewView.Habits habits, DashboardOverviewView.Goals goals,
                            DashboardOverviewView.Projects projects, DashboardOverviewView.Finance finance,
                            List<DashboardOverviewView.HealthValue> health, DashboardOverviewView.Learning learning,
                            ContactsResponse relationships, DashboardOverviewView.Time time,
                            DashboardOverviewView.Journal journal) {
    }

    record ActivityResponse(String eventId, Instant occurredAt, String area, String kind, UUID entityId,
                            String sentence) {
    }

    record ActivitiesResponse(List<ActivityResponse> items) {
    }

    record ActionResponse(int rank, String kind, String title, String method, String path, String body,
                          UUID entityId) {
    }

    record ActionsResponse(List<ActionResponse> items) {
    }

    @GetMapping("/overview")
    OverviewResponse overview(Actor actor) {
        DashboardOverviewView view = edge.queries().askCached(actor.userId(),
                new FindDashboardOverviewQuery(actor.userId(), edge.calendars().of(actor),
                        settings.preferredCurrency(actor.userId())), DashboardOverviewView.class);
        ContactsResponse contacts = new ContactsResponse(view.relationships().due(), view.relationships().items()
                .stream().map(c -> new ContactDueResponse(c.relationshipId(),
                        edge.privateText().open(actor.userId(), c.contactName()), c.nextContactDate(), c.daysOverdue(),
                        c.daysUntil()))
                .toList());
        return new OverviewResponse(view.today(), view.habits(), view.goals(), view.projects(), view.finance(),
                view.health(), view.learning(), contacts, view.time(), view.journal());
    }

    @GetMapping("/metrics")
    DashboardMetricsView metrics(Actor actor,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        UserCalendar calendar = edge.calendars().of(actor);
        return edge.queries().askCached(actor.userId(), new FindDashboardMetricsQuery(actor.userId(),
                Days.range(from, to, calendar, DEFAULT_METRICS_DAYS), calendar,
                settings.preferredCurrency(actor.userId()),
                settings.learningMinutesPerWeek(actor.userId())),
                DashboardMetricsView.class);
    }

    @GetMapping("/recent-activity")
    ActivitiesResponse recentActivity(Actor actor, @RequestParam(defaultValue = "20") int limit) {
        requireLimit(limit, ListRecentActivityQuery.MAX_LIMIT);
        RecentActivityView view = edge.queries().askCached(actor.userId(),
                new ListRecentActivityQuery(actor.userId(), limit), RecentActivityView.class);
        return new ActivitiesResponse(view.items().stream()
                .map(item -> new ActivityResponse(item.eventId(), item.occurredAt(), item.area(), item.kind(),
                        item.entityId(), naming(actor, item.sentence(), item.subject())))
                .toList());
    }

    @GetMapping("/quick-actions")
    ActionsResponse quickActions(Actor actor, @RequestParam(defaultValue = "5") int limit) {
        requireLimit(limit, FindQuickActionsQuery.MAX_LIMIT);
        QuickActionsView view = edge.queries().askCached(actor.userId(),
                new FindQuickActionsQuery(actor.userId(), edge.calendars().of(actor),
                        settings.preferredCurrency(actor.userId()), limit), QuickActionsView.class);
        return new ActionsResponse(view.items().stream()
                .map(a -> new ActionResponse(a.rank(), a.kind(), naming(actor, a.title(), a.subject()), a.method(),
                        a.path(), a.body(), a.entityId()))
                .toList());
    }

    /** Puts the opened private text where the sentence names it. */
    private String naming(Actor actor, String sentence, SealedText subject) {
        if (subject == null) {
            return sentence;
        }
        return sentence.replace("{subject}", edge.privateText().open(actor.userId(), subject));
    }

    private static void requireLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new InvalidFieldException("limit", "must be between 1 and " + max);
        }
    }
}
