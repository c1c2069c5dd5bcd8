package com.lifeos.query.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.api.dashboard.DashboardMetricsView;
import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.api.dashboard.DayProductivityView;
import com.lifeos.api.dashboard.FindDashboardMetricsQuery;
import com.lifeos.api.dashboard.FindDashboardOverviewQuery;
import com.lifeos.api.dashboard.FindQuickActionsQuery;
import com.lifeos.api.dashboard.ListRecentActivityQuery;
import com.lifeos.api.dashboard.QuickActionsView;
import com.lifeos.api.dashboard.RecentActivityView;
import com.lifeos.api.habit.HabitFrequency;
import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.SealedText;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.projection.dashboard.ActivityRows;
import com.lifeos.projection.dashboard.Areas;
import com.lifeos.projection.dashboard.FactRow;
import com.lifeos.projection.dashboard.FactRows;
import com.lifeos.projection.dashboard.SubjectRow;
import com.lifeos.projection.dashboard.SubjectRows;
import com.lifeos.query.dashboard.LifeScores.GoalStanding;
import com.lifeos.query.dashboard.LifeScores.Weighted;
import com.lifeos.query.goal.GoalSchedule;
import com.lifeos.query.habit.Completion;
import com.lifeos.query.habit.HabitCompletion;
import com.lifeos.query.habit.HabitRhythm;
import com.lifeos.query.relationship.ContactSchedule;
import com.lifeos.query.shared.LocalDays;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Answers the dashboard from its own group's tables only: a person's subjects (one query) and the facts of the
 * dates asked about (one query), so the cost follows the range asked for, not the length of the history.
 */
@Component
class DashboardQueryHandler {

    static final BigDecimal ALERT_PERCENT = BigDecimal.valueOf(80);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
        Picture picture = picture(query.userId(), query.calendar(), windowStart(query.calendar()),
                query.calendar().today());
        return picture.overview(query.currency());
    }

    @QueryHandler
    DashboardMetricsView handle(FindDashboardMetricsQuery query) {
        DateRange range = query.range();
        // weekly habits are judged by whole weeks, so the week holding the first day is read in full
        LocalDate from = LocalDays.weekStartOf(range.from(), query.calendar().weekStart());
        Picture picture = picture(query.userId(), query.calendar(), from, range.to());
        Map<String, LocalDate> firstRecords = new HashMap<>();
        for (String area : List.of(Areas.HEALTH, Areas.LEARNING, Areas.JOURNAL)) {
            firstRecords.put(area, facts.findFirstDate(query.userId(), area));
        }
        return picture.metrics(range, query.currency(), query.learningMinutesPerWeek(), firstRecords);
    }

    @QueryHandler
    RecentActivityView handle(ListRecentActivityQuery query) {
        return new RecentActivityView(activity.findLatest(query.userId(), PageRequest.of(0, query.limit())).stream()
                .map(row -> new RecentActivityView.Item(row.eventId(), row.occurredAt(), row.area(), row.kind(),
                        row.entityId(), row.sentence(),
                        row.sealedSubject() == null ? null : new SealedText(row.sealedSubject())))
                .toList());
    }

    @QueryHandler
    QuickActionsView handle(FindQuickActionsQuery query) {
        Picture picture = picture(query.userId(), query.calendar(), windowStart(query.calendar()),
                query.calendar().today());
        return new QuickActionsView(QuickActions.rank(picture.overview(query.currency()), query.calendar().today(),
                query.limit()));
    }

    private Picture picture(UUID userId, UserCalendar calendar, LocalDate from, LocalDate to) {
        List<SubjectRow> live = subjects.findByUserId(userId).stream()
                .filter(row -> !"deleted".equals(row.status())).toList();
        return new Picture(calendar, live, facts.findInRange(userId, from, to));
    }

    /** The overview needs this month (finance) and this week (habits, learning): whichever began first. */
    private static LocalDate windowStart(UserCalendar calendar) {
        LocalDate monthStart = calendar.today().withDayOfMonth(1);
        LocalDate weekStart = LocalDays.weekStartOf(calendar.today(), calendar.weekStart());
        return monthStart.isBefore(weekStart) ? monthStart : weekStart;
    }

    /** A person's subjects and the facts of a window, and what the dashboard computes from them. */
    private static final class Picture {

        private final UserCalendar calendar;
        private final List<SubjectRow> subjects;
        /** The facts by area and day, so each question about a range reads only that range. */
        private final Map<String, NavigableMap<LocalDate, List<FactRow>>> facts = new HashMap<>();
        /** Each habit's check-in days, oldest first. */
        private final Map<UUID, NavigableSet<LocalDate>> checkIns = new HashMap<>();

        Picture(UserCalendar calendar, List<SubjectRow> subjects, List<FactRow> facts) {
            this.calendar = calendar;
            this.subjects = subjects;
            for (FactRow fact : facts) {
                this.facts.computeIfAbsent(fact.area(), area -> new TreeMap<>())
                        .computeIfAbsent(fact.factDate(), day -> new ArrayList<>()).add(fact);
                if (fact.area().equals(Areas.HABITS) && fact.subjectId() != null) {
                    checkIns.computeIfAbsent(fact.subjectId(), habit -> new TreeSet<>()).add(fact.factDate());
                }
            }
        }

        LocalDate today() {
            return calendar.today();
        }

        List<SubjectRow> subjects(String area, String kind) {
            return subjects.stream().filter(s -> s.area().equals(area) && s.kind().equals(kind)).toList();
        }

        List<FactRow> facts(String area, LocalDate from, LocalDate to) {
            NavigableMap<LocalDate, List<FactRow>> days = facts.get(area);
            if (days == null || from.isAfter(to)) {
                return List.of();
            }
            return days.subMap(from, true, to, true).values().stream().flatMap(List::stream).toList();
        }

        DashboardOverviewView overview(String currency) {
            LocalDate today = today();
            LocalDate weekStart = LocalDays.weekStartOf(today, calendar.weekStart());
            List<FactRow> learning = facts(Areas.LEARNING, weekStart, today);
            List<FactRow> time = facts(Areas.TIME, today, today);
            return new DashboardOverviewView(today, habitsToday(weekStart), goals(), projects(), finance(currency),
                    health(), new DashboardOverviewView.Learning(weekStart, minutes(learning), learning.size()),
                    contacts(), new DashboardOverviewView.Time(minutes(time), time.size()), journal());
        }

        private DashboardOverviewView.Habits habitsToday(LocalDate weekStart) {
            LocalDate today = today();
            List<DashboardOverviewView.HabitToday> items = new ArrayList<>();
            for (SubjectRow habit : subjects(Areas.HABITS, "habit")) {
                if (!"active".equals(habit.status())) {
                    continue;
                }
                List<LocalDate> dates = checkIns(habit.id(), weekStart, today);
                boolean doneToday = dates.contains(today);
                HabitRhythm rhythm = rhythmOf(habit);
                boolean due;
                Integer doneThisWeek = null;
                if (rhythm.frequency() == HabitFrequency.WEEKLY) {
                    doneThisWeek = dates.size();
                    long beforeToday = dates.stream().filter(d -> d.isBefore(today)).count();
                    due = beforeToday < rhythm.targetPerWeek();
                } else {
                    due = rhythm.isDueOn(today.getDayOfWeek());
                }
                if (due) {
                    items.add(new DashboardOverviewView.HabitToday(habit.id(), habit.title(),
                            habit.frequency().toLowerCase(Locale.ROOT), doneToday, doneThisWeek,
                            habit.targetPerWeek()));
                }
            }
            items.sort(Comparator.comparing(DashboardOverviewView.HabitToday::doneToday)
                    .thenComparing(DashboardOverviewView.HabitToday::title)
                    .thenComparing(DashboardOverviewView.HabitToday::habitId));
            int done = (int) items.stream().filter(DashboardOverviewView.HabitToday::doneToday).count();
            return new DashboardOverviewView.Habits(items.size(), done, items);
        }

        private List<LocalDate> checkIns(UUID habitId, LocalDate from, LocalDate to) {
            NavigableSet<LocalDate> days = checkIns.get(habitId);
            return days == null ? List.of() : List.copyOf(days.subSet(from, true, to, true));
        }

        private HabitRhythm rhythmOf(SubjectRow habit) {
            Set<DayOfWeek> days = habit.daysOfWeek() == null ? Set.of() : Arrays.stream(habit.daysOfWeek().split(","))
                    .map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
            return new HabitRhythm(HabitFrequency.valueOf(habit.frequency()),
                    habit.targetPerWeek() == null ? 0 : habit.targetPerWeek(), days, calendar.weekStart());
        }

        private DashboardOverviewView.Goals goals() {
            List<DashboardOverviewView.GoalToday> items = new ArrayList<>();
            for (SubjectRow goal : subjects(Areas.GOALS, "goal")) {
                if (!"ACTIVE".equals(goal.status())) {
                    continue;
                }
                int progress = goal.progress() == null ? 0 : goal.progress();
                if (goal.dueDate() == null) {
                    items.add(new DashboardOverviewView.GoalToday(goal.id(), goal.title(), progress, null, null,
                            "unscheduled"));
                    continue;
                }
                GoalSchedule.Judgement judgement = GoalSchedule.judge(
                        GoalSchedule.startedOn(goal.startDate(), goal.createdAt(), calendar.zone()), goal.dueDate(),
                        progress, List.of(), today());
                items.add(new DashboardOverviewView.GoalToday(goal.id(), goal.title(), progress, goal.dueDate(),
                        judgement.expectedProgress(), judgement.state()));
            }
            items.sort(Comparator.comparing(DashboardOverviewView.GoalToday::targetDate,
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DashboardOverviewView.GoalToday::goalId));
            int behind = (int) items.stream().filter(g -> g.state().equals("behind") || g.state().equals("overdue"))
                    .count();
            return new DashboardOverviewView.Goals(items.size(), behind, items);
        }

        private LocalDate createdOn(SubjectRow row) {
            return row.createdAt().atZone(calendar.zone()).toLocalDate();
        }

        /** A habit counts from its creation, or from its first check-in when one was back-filled before that. */
        private LocalDate activeSince(SubjectRow habit) {
            LocalDate createdOn = createdOn(habit);
            return habit.startDate() != null && habit.startDate().isBefore(createdOn) ? habit.startDate() : createdOn;
        }

        private DashboardOverviewView.Projects projects() {
            List<DashboardOverviewView.ProjectToday> items = subjects(Areas.PROJECTS, "project").stream()
                    .filter(p -> "ACTIVE".equals(p.status()))
                    .map(p -> new DashboardOverviewView.ProjectToday(p.id(), p.title(),
                            p.progress() == null ? 0 : p.progress(), p.dueDate(),
                            p.dueDate() != null && p.dueDate().isBefore(today())))
                    .sorted(Comparator.comparing(DashboardOverviewView.ProjectToday::dueDate,
                            Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(DashboardOverviewView.ProjectToday::projectId))
                    .toList();
            int overdue = (int) items.stream().filter(DashboardOverviewView.ProjectToday::overdue).count();
            return new DashboardOverviewView.Projects(items.size(), overdue, items);
        }

        private DashboardOverviewView.Finance finance(String currency) {
            YearMonth month = YearMonth.from(today());
            MonthMoney money = money(currency, month.atDay(1), today());
            List<DashboardOverviewView.BudgetAlert> alerts = budgets(currency, month).stream()
                    .filter(b -> b.percentUsed().compareTo(ALERT_PERCENT) >= 0)
                    .sorted(Comparator.comparing(DashboardOverviewView.BudgetAlert::percentUsed).reversed()
                            .thenComparing(DashboardOverviewView.BudgetAlert::category))
                    .toList();
            return new DashboardOverviewView.Finance(month.toString(), currency, money.income(), money.expenses(),
                    money.income().subtract(money.expenses()), alerts);
        }

        private MonthMoney money(String currency, LocalDate from, LocalDate to) {
            BigDecimal income = BigDecimal.ZERO.setScale(2);
            BigDecimal expenses = BigDecimal.ZERO.setScale(2);
            for (FactRow fact : facts(Areas.FINANCE, from, to)) {
                if (!currency.equals(fact.currency())) {
                    continue;
                }
                if ("income".equals(fact.kind())) {
                    income = income.add(fact.amount());
                } else if ("expense".equals(fact.kind())) {
                    expenses = expenses.add(fact.amount());
                }
            }
            return new MonthMoney(income, expenses);
        }

        /** Every budget of the month in the currency, with what was spent against it so far. */
        List<DashboardOverviewView.BudgetAlert> budgets(String currency, YearMonth month) {
            List<DashboardOverviewView.BudgetAlert> budgets = new ArrayList<>();
            for (SubjectRow budget : subjects(Areas.FINANCE, "budget")) {
                if (!month.atDay(1).equals(budget.startDate()) || !currency.equals(budget.currency())) {
                    continue;
                }
                BigDecimal spent = facts(Areas.FINANCE, month.atDay(1), month.atEndOfMonth()).stream()
                        .filter(f -> "expense".equals(f.kind()) && currency.equals(f.currency())
                                && budget.label().equalsIgnoreCase(f.label()))
                        .map(FactRow::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
                BigDecimal percent = budget.amount().signum() == 0 ? HUNDRED
                        : spent.multiply(HUNDRED).divide(budget.amount(), 1, RoundingMode.HALF_EVEN);
                String status = percent.compareTo(HUNDRED) > 0 ? "over"
                        : percent.compareTo(ALERT_PERCENT) >= 0 ? "warning" : "ok";
                budgets.add(new DashboardOverviewView.BudgetAlert(budget.label(), budget.amount(), spent, percent,
                        status));
            }
            return budgets;
        }

        private List<DashboardOverviewView.HealthValue> health() {
            return subjects(Areas.HEALTH, "latest").stream()
                    .map(s -> new DashboardOverviewView.HealthValue(s.title(), s.amount(), s.unit(), s.recordedAt()))
                    .sorted(Comparator.comparing(DashboardOverviewView.HealthValue::metricType))
                    .toList();
        }

        private DashboardOverviewView.Contacts contacts() {
            List<DashboardOverviewView.ContactDue> due = new ArrayList<>();
            for (SubjectRow contact : subjects(Areas.RELATIONSHIPS, "contact")) {
                LocalDate next = ContactSchedule.nextContactDate(contact.startDate(), contact.everyDays(),
                        contact.dueDate());
                if (next != null && !next.isAfter(today())) {
                    due.add(new DashboardOverviewView.ContactDue(contact.id(), new SealedText(contact.sealedName()),
                            next, ContactSchedule.daysOverdue(next, today()),
                            ContactSchedule.daysUntil(next, today())));
                }
            }
            due.sort(Comparator.comparing(DashboardOverviewView.ContactDue::nextContactDate)
                    .thenComparing(DashboardOverviewView.ContactDue::relationshipId));
            return new DashboardOverviewView.Contacts(due.size(), due);
        }

        private DashboardOverviewView.Journal journal() {
            return subjects(Areas.JOURNAL, "latest").stream().findFirst()
                    .map(s -> new DashboardOverviewView.Journal(s.startDate(), s.label(),
                            ChronoUnit.DAYS.between(s.startDate(), today())))
                    .orElse(new DashboardOverviewView.Journal(null, null, null));
        }

        /**
         * @param firstRecords the date of the first record ever of each area judged day by day (health, learning,
         *                     journal), absent or null when it has none
         */
        DashboardMetricsView metrics(DateRange range, String currency, int learningMinutesPerWeek,
                                     Map<String, LocalDate> firstRecords) {
            LocalDate today = today();
            List<AreaScoreView> areas = new ArrayList<>();
            areas.add(habitScore(range));
            areas.add(LifeScores.goals(goals().items().stream().filter(g -> g.expectedProgress() != null)
                    .map(g -> new GoalStanding(g.progress(), g.expectedProgress())).toList()));
            DashboardOverviewView.Projects projects = projects();
            areas.add(LifeScores.projects(projects.active(), projects.overdue()));
            DateRange health = judgedDays(Areas.HEALTH, range, firstRecords);
            areas.add(LifeScores.health(distinctDays(Areas.HEALTH, health), health));
            areas.add(financeScore(range, currency));
            DateRange learning = judgedDays(Areas.LEARNING, range, firstRecords);
            long learned = learning == null ? 0 : minutes(facts(Areas.LEARNING, learning.from(), learning.to()));
            areas.add(LifeScores.learning(learned, learning, learningMinutesPerWeek));
            int withRhythm = 0;
            for (SubjectRow contact : subjects(Areas.RELATIONSHIPS, "contact")) {
                if (ContactSchedule.nextContactDate(contact.startDate(), contact.everyDays(), contact.dueDate())
                        != null) {
                    withRhythm++;
                }
            }
            DashboardOverviewView.Contacts due = contacts();
            int overdue = (int) due.items().stream().filter(DashboardOverviewView.ContactDue::overdue).count();
            areas.add(LifeScores.relationships(withRhythm, overdue));
            List<FactRow> time = facts(Areas.TIME, range.from(), range.to());
            areas.add(LifeScores.time(weighted(time), minutes(time)));
            DateRange journal = judgedDays(Areas.JOURNAL, range, firstRecords);
            areas.add(LifeScores.journal(distinctDays(Areas.JOURNAL, journal), journal));
            List<DayProductivityView> days = new ArrayList<>();
            for (LocalDate day = range.from(); !day.isAfter(range.to()) && !day.isAfter(today); day = day.plusDays(1)) {
                days.add(productivity(day));
            }
            return new DashboardMetricsView(range.from(), range.to(), areas, LifeScores.balance(areas),
                    LifeScores.strongest(areas), LifeScores.weakest(areas), days);
        }

        private DateRange judgedDays(String area, DateRange range, Map<String, LocalDate> firstRecords) {
            return LifeScores.judgedDays(range, firstRecords.get(area), !facts(area, today(), today()).isEmpty(),
                    today());
        }

        private AreaScoreView habitScore(DateRange range) {
            int due = 0;
            int met = 0;
            for (SubjectRow habit : subjects(Areas.HABITS, "habit")) {
                if (!"active".equals(habit.status())) {
                    continue;
                }
                List<LocalDate> dates = checkIns(habit.id(), LocalDate.MIN, LocalDate.MAX);
                Completion completion = HabitCompletion.completion(rhythmOf(habit), dates, range.from(), range.to(),
                        activeSince(habit), today());
                due += completion.duePeriods();
                met += completion.metPeriods();
            }
            return LifeScores.habits(due, met);
        }

        private AreaScoreView financeScore(DateRange range, String currency) {
            MonthMoney money = money(currency, range.from(), range.to());
            int budgets = 0;
            int within = 0;
            for (YearMonth month = YearMonth.from(range.from()); !month.isAfter(YearMonth.from(range.to()));
                 month = month.plusMonths(1)) {
                for (DashboardOverviewView.BudgetAlert budget : budgets(currency, month)) {
                    budgets++;
                    if (!"over".equals(budget.status())) {
                        within++;
                    }
                }
            }
            return LifeScores.finance(currency, money.income(), money.expenses(), budgets, within);
        }

        private DayProductivityView productivity(LocalDate day) {
            int due = 0;
            int done = 0;
            for (SubjectRow habit : subjects(Areas.HABITS, "habit")) {
                HabitRhythm rhythm = rhythmOf(habit);
                if (!"active".equals(habit.status()) || rhythm.frequency() == HabitFrequency.WEEKLY
                        || activeSince(habit).isAfter(day) || !rhythm.isDueOn(day.getDayOfWeek())) {
                    continue;
                }
                due++;
                if (checkIns(habit.id(), day, day).contains(day)) {
                    done++;
                }
            }
            return LifeScores.productivity(day, due, done, weighted(facts(Areas.TIME, day, day)));
        }

        private long distinctDays(String area, DateRange range) {
            return range == null ? 0
                    : facts(area, range.from(), range.to()).stream().map(FactRow::factDate).distinct().count();
        }

        private static long minutes(List<FactRow> facts) {
            return facts.stream().map(FactRow::amount).filter(Objects::nonNull)
                    .mapToLong(BigDecimal::longValue).sum();
        }

        private static Weighted weighted(List<FactRow> time) {
            Weighted weighted = Weighted.NONE;
            for (FactRow entry : time) {
                if (entry.weight() != null && entry.amount() != null) {
                    weighted = weighted.plus(entry.weight(), entry.amount());
                }
            }
            return weighted;
        }
    }

    private record MonthMoney(BigDecimal income, BigDecimal expenses) {
    }
}
