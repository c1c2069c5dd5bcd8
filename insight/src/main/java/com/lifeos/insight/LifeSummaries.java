package com.lifeos.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.lifeos.api.ai.AcceptedSuggestionsView;
import com.lifeos.api.ai.FindAcceptedSuggestionsQuery;
import com.lifeos.api.dashboard.DashboardMetricsView;
import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.api.dashboard.FindDashboardMetricsQuery;
import com.lifeos.api.dashboard.FindDashboardOverviewQuery;
import com.lifeos.api.finance.BudgetsView;
import com.lifeos.api.finance.FindBudgetsQuery;
import com.lifeos.api.goal.FindGoalAnalyticsQuery;
import com.lifeos.api.goal.GoalAnalyticsView;
import com.lifeos.api.goal.GoalPage;
import com.lifeos.api.goal.GoalSort;
import com.lifeos.api.goal.GoalStatus;
import com.lifeos.api.goal.ListGoalsQuery;
import com.lifeos.api.habit.FindHabitAnalyticsQuery;
import com.lifeos.api.habit.HabitAnalyticsView;
import com.lifeos.api.habit.HabitPage;
import com.lifeos.api.habit.ListHabitsQuery;
import com.lifeos.api.health.FindHealthAnalyticsQuery;
import com.lifeos.api.health.FindHealthTrendsQuery;
import com.lifeos.api.health.HealthAnalyticsView;
import com.lifeos.api.health.HealthTrendsView;
import com.lifeos.api.journal.FindJournalMoodTrendsQuery;
import com.lifeos.api.journal.JournalEntryPage;
import com.lifeos.api.journal.JournalMoodTrendsView;
import com.lifeos.api.journal.ListJournalEntriesQuery;
import com.lifeos.api.learning.FindLearningAnalyticsQuery;
import com.lifeos.api.learning.LearningAnalyticsView;
import com.lifeos.api.relationship.FindRelationshipRemindersQuery;
import com.lifeos.api.relationship.RelationshipRemindersView;
import com.lifeos.api.shared.Bucket;
import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.PageRequest;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.api.time.FindTimeProductivityQuery;
import com.lifeos.api.time.TimeProductivityView;
import com.lifeos.identity.account.UserSettings;
import com.lifeos.query.insight.LifeSummary;
import com.lifeos.query.insight.LifeSummary.Trend;
import com.lifeos.query.insight.Scores;
import com.lifeos.query.insight.Trends;
import com.lifeos.store.cache.ReadModelCache;
import com.lifeos.store.crypto.PrivateText;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Builds a person's {@link LifeSummary} from the read models' own aggregate views, each asked through the query
 * gateway and cached per user like every dashboard and analytics read. Private text is opened only when the
 * person shares it with the AI.
 */
@Component
class LifeSummaries {

    private static final int MONTH_DAYS = 30;
    private static final int WEEKS = 4;
    private static final int DAYS_PER_WEEK = 7;
    private static final int MAX_TRENDED_METRICS = 8;
    private static final int RECENT_ENTRIES = 5;
    private static final int ENTRY_CHARACTERS = 280;
    private static final int ACCEPTED_SHOWN = 10;
    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);

    private final QueryGateway queries;
    private final ReadModelCache cache;
    private final UserSettings settings;
    private final PrivateText privateText;
    private final SuggestionContent content;

    LifeSummaries(QueryGateway queries, ReadModelCache cache, UserSettings settings, PrivateText privateText,
                  SuggestionContent content) {
        this.queries = queries;
        this.cache = cache;
        this.settings = settings;
        this.privateText = privateText;
        this.content = content;
    }

    LifeSummary of(UUID userId, UserCalendar calendar) {
        LocalDate today = calendar.today();
        String currency = settings.preferredCurrency(userId);
        boolean sharing = settings.sharesPrivateTextWithAi(userId);
        DateRange month = new DateRange(today.minusDays(MONTH_DAYS - 1), today);
        // "the last 4 weeks" everywhere: the current week to date and the three before, so today always counts
        DateRange fourWeeks = calendar.lastWeeks(WEEKS);
        DateRange fortnightBefore = new DateRange(today.minusDays(27), today.minusDays(14));
        DateRange lastFortnight = new DateRange(today.minusDays(13), today);

        DashboardMetricsView metrics = ask(userId, new FindDashboardMetricsQuery(userId, month, calendar, currency,
                settings.learningMinutesPerWeek(userId)), DashboardMetricsView.class);
        DashboardOverviewView overview = ask(userId, new FindDashboardOverviewQuery(userId, calendar, currency),
                DashboardOverviewView.class);
        HabitAnalyticsView habitMonth = ask(userId, new FindHabitAnalyticsQuery(userId, month.from(), today,
                calendar), HabitAnalyticsView.class);
        HabitAnalyticsView habitsBefore = ask(userId, new FindHabitAnalyticsQuery(userId, fortnightBefore.from(),
                fortnightBefore.to(), calendar), HabitAnalyticsView.class);
        HabitAnalyticsView habitsRecent = ask(userId, new FindHabitAnalyticsQuery(userId, lastFortnight.from(),
                lastFortnight.to(), calendar), HabitAnalyticsView.class);
        HealthAnalyticsView health = ask(userId, new FindHealthAnalyticsQuery(userId, calendar),
                HealthAnalyticsView.class);
        LearningAnalyticsView learning = ask(userId, new FindLearningAnalyticsQuery(userId, fourWeeks, calendar),
                LearningAnalyticsView.class);
        LearningAnalyticsView learningBefore = ask(userId, new FindLearningAnalyticsQuery(userId, fortnightBefore,
                calendar), LearningAnalyticsView.class);
        LearningAnalyticsView learningRecent = ask(userId, new FindLearningAnalyticsQuery(userId, lastFortnight,
                calendar), LearningAnalyticsView.class);
        JournalMoodTrendsView moods = ask(userId, new FindJournalMoodTrendsQuery(userId, fourWeeks, Bucket.WEEK,
                calendar.weekStart()), JournalMoodTrendsView.class);
        RelationshipRemindersView reminders = ask(userId, new FindRelationshipRemindersQuery(userId, calendar, 7),
                RelationshipRemindersView.class);
        TimeProductivityView time = ask(userId, new FindTimeProductivityQuery(userId, month, calendar),
                TimeProductivityView.class);

        List<Trend> trends = new ArrayList<>();
        Trends.habits(habitsBefore, habitsRecent).ifPresent(trends::add);
        health.metrics().stream().limit(MAX_TRENDED_METRICS)
                .map(metric -> ask(userId, new FindHealthTrendsQuery(userId, metric.metricType(), metric.unit(),
                        fourWeeks, Bucket.WEEK, calendar), HealthTrendsView.class))
                .map(Trends::health).flatMap(Optional::stream).forEach(trends::add);
        Trends.learning(learningBefore, learningRecent).ifPresent(trends::add);
        Trends.mood(moods).ifPresent(trends::add);

        return new LifeSummary(today, sharing, Scores.balance(metrics), Scores.productivity(metrics, time),
                List.copyOf(trends), goals(userId, calendar), habits(userId, calendar, habitMonth),
                finance(userId, overview, today), health(health), learning(userId, overview, learning),
                relationships(reminders), journal(moods), accepted(userId),
                sharing ? privateTexts(userId, today, reminders) : null);
    }

    private List<LifeSummary.Goal> goals(UUID userId, UserCalendar calendar) {
        GoalPage active = ask(userId, new ListGoalsQuery(userId, GoalStatus.ACTIVE, null, null, GoalSort.TARGET_DATE,
                ALL), GoalPage.class);
        Map<UUID, GoalAnalyticsView.Schedule> schedules = ask(userId, new FindGoalAnalyticsQuery(userId, calendar),
                GoalAnalyticsView.class).schedules().stream()
                .collect(Collectors.toMap(GoalAnalyticsView.Schedule::goalId, Function.identity(), (a, b) -> a));
        return active.items().stream().map(goal -> {
            GoalAnalyticsView.Schedule schedule = schedules.get(goal.id());
            return new LifeSummary.Goal(goal.title(), goal.category(), goal.progress(), goal.targetDate(),
                    schedule == null ? null : schedule.expectedProgress(),
                    schedule == null ? "unscheduled" : schedule.state());
        }).toList();
    }

    private List<LifeSummary.Habit> habits(UUID userId, UserCalendar calendar, HabitAnalyticsView month) {
        Map<UUID, HabitAnalyticsView.PerHabit> rates = month.habits().stream()
                .collect(Collectors.toMap(HabitAnalyticsView.PerHabit::habitId, Function.identity(), (a, b) -> a));
        HabitPage active = ask(userId, new ListHabitsQuery(userId, true, null, ALL, calendar), HabitPage.class);
        return active.items().stream().map(habit -> {
            HabitAnalyticsView.PerHabit rate = rates.get(habit.id());
            return new LifeSummary.Habit(habit.title(), habit.category(), habit.frequency(), habit.targetPerWeek(),
                    habit.streakCount(), rate == null ? null : Trends.percent(rate.completionRate()));
        }).toList();
    }

    private LifeSummary.Finance finance(UUID userId, DashboardOverviewView overview, LocalDate today) {
        BudgetsView budgets = ask(userId, new FindBudgetsQuery(userId, YearMonth.from(today)), BudgetsView.class);
        DashboardOverviewView.Finance money = overview.finance();
        return new LifeSummary.Finance(money.month(), money.currency(), money.income(), money.expenses(),
                budgets.items().stream().map(budget -> new LifeSummary.Budget(budget.category(),
                        budget.percentUsed(), budget.status().name().toLowerCase(Locale.ROOT))).toList());
    }

    private static List<LifeSummary.Health> health(HealthAnalyticsView health) {
        return health.metrics().stream().map(metric -> new LifeSummary.Health(metric.metricType(), metric.unit(),
                metric.sevenDayAverage(), metric.thirtyDayAverage(), metric.daysLoggedLastThirty())).toList();
    }

    /** Minutes of the last four weeks (today included) against the weekly aim scaled to the window's days. */
    private LifeSummary.Learning learning(UUID userId, DashboardOverviewView overview, LearningAnalyticsView view) {
        int aim = settings.learningMinutesPerWeek(userId);
        DateRange window = new DateRange(view.from(), view.to());
        long windowAim = BigDecimal.valueOf(aim).multiply(BigDecimal.valueOf(window.days()))
                .divide(BigDecimal.valueOf(DAYS_PER_WEEK), 0, RoundingMode.HALF_UP).longValueExact();
        return new LifeSummary.Learning(aim, overview.learning().minutes(), window.from(), view.totalMinutes(),
                windowAim, view.currentStreakDays());
    }

    private static LifeSummary.Relationships relationships(RelationshipRemindersView reminders) {
        int overdue = (int) reminders.items().stream().filter(RelationshipRemindersView.Reminder::overdue).count();
        return new LifeSummary.Relationships(overdue, reminders.items().size() - overdue);
    }

    /** Entries of the four weeks, and their mean mood from the mood counts (1 awful … 5 great), two places. */
    private static LifeSummary.Journal journal(JournalMoodTrendsView moods) {
        int entries = 0;
        int withMood = 0;
        int total = 0;
        for (JournalMoodTrendsView.Point point : moods.points()) {
            JournalMoodTrendsView.MoodCounts counts = point.moods();
            entries += point.entries();
            withMood += counts.awful() + counts.bad() + counts.okay() + counts.good() + counts.great();
            total += counts.awful() + 2 * counts.bad() + 3 * counts.okay() + 4 * counts.good() + 5 * counts.great();
        }
        BigDecimal mean = withMood == 0 ? null
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(withMood), 2, RoundingMode.HALF_UP);
        return new LifeSummary.Journal(entries, mean);
    }

    private List<String> accepted(UUID userId) {
        return ask(userId, new FindAcceptedSuggestionsQuery(userId, ACCEPTED_SHOWN), AcceptedSuggestionsView.class)
                .items().stream()
                .map(item -> item.kind().name().toLowerCase(Locale.ROOT) + ": "
                        + content.titleOf(privateText.open(userId, item.content())))
                .toList();
    }

    private LifeSummary.PrivateTexts privateTexts(UUID userId, LocalDate today,
                                                  RelationshipRemindersView reminders) {
        JournalEntryPage entries = read(new ListJournalEntriesQuery(userId, today.minusDays(13), today, null,
                null, new PageRequest(0, RECENT_ENTRIES)), JournalEntryPage.class);
        List<String> texts = entries.items().stream()
                .map(entry -> entry.entryDate() + ": " + shortened(privateText.open(userId, entry.content())))
                .toList();
        List<String> names = reminders.items().stream().filter(RelationshipRemindersView.Reminder::overdue)
                .map(reminder -> privateText.open(userId, reminder.contactName())).toList();
        return new LifeSummary.PrivateTexts(texts, names);
    }

    private static String shortened(String text) {
        return text.length() <= ENTRY_CHARACTERS ? text : text.substring(0, ENTRY_CHARACTERS) + "…";
    }

    /** Cached per user like every dashboard and analytics read: the query must be a record of all its inputs. */
    private <R> R ask(UUID userId, Record query, Class<R> type) {
        return cache.get(userId, query, type, () -> read(query, type), result -> true);
    }

    private <R> R read(Object query, Class<R> type) {
        try {
            return queries.query(query, type).join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
