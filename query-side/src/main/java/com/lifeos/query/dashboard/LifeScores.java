package com.lifeos.query.dashboard;

import static com.lifeos.query.dashboard.ScoreMath.HUNDRED;
import static com.lifeos.query.dashboard.ScoreMath.clamp;
import static com.lifeos.query.dashboard.ScoreMath.inputs;
import static com.lifeos.query.dashboard.ScoreMath.meanOf;
import static com.lifeos.query.dashboard.ScoreMath.percent;
import static com.lifeos.query.dashboard.ScoreMath.score;
import static com.lifeos.query.dashboard.ScoreMath.whole;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.api.dashboard.DayProductivityView;
import com.lifeos.api.shared.DateRange;

/**
 * The dashboard's scores, each 0 to 100 and each explained by its inputs; null where the range holds nothing to
 * judge by, never 0 or 100 in its place. Every formula is written out in {@code formula} and in the README, and
 * tested by hand-computed cases. Percentages round half up to whole points.
 */
public final class LifeScores {

    /** Points a savings rate adds to (or takes from) a neutral 50: saving half of income scores 100. */
    static final int NEUTRAL_SAVINGS_SCORE = 50;

    private LifeScores() {
    }

    /** Due periods of every active habit in the range that were met, out of those due. */
    public static AreaScoreView habits(int due, int met) {
        return score("habits", due == 0 ? null : percent(met, due), inputs("due_periods", due, "met_periods", met),
                "100 x met_periods / due_periods");
    }

    /**
     * Active goals with a target date, each judged against the progress expected by today (the elapsed share of
     * its schedule): a goal at or ahead of schedule counts 1, one behind counts progress / expected. A goal whose
     * schedule expects nothing yet (it has only just begun) has nothing to judge and is left out.
     */
    public static AreaScoreView goals(List<GoalStanding> standings) {
        List<GoalStanding> goals = standings.stream().filter(goal -> goal.expectedProgress() > 0).toList();
        int notYetExpected = standings.size() - goals.size();
        if (goals.isEmpty()) {
            return score("goals", null, inputs("scheduled_goals", 0, "nothing_expected_yet", notYetExpected),
                    GOALS_FORMULA);
        }
        BigDecimal sum = BigDecimal.ZERO;
        int behind = 0;
        for (GoalStanding goal : goals) {
            sum = sum.add(goal.ratio());
            if (goal.ratio().compareTo(BigDecimal.ONE) < 0) {
                behind++;
            }
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(goals.size()), MathContext.DECIMAL64);
        return score("goals", whole(mean.multiply(HUNDRED)), inputs("scheduled_goals", goals.size(),
                "behind_expected", behind, "mean_ratio", mean.setScale(4, RoundingMode.HALF_UP),
                "nothing_expected_yet", notYetExpected), GOALS_FORMULA);
    }

    private static final String GOALS_FORMULA = "100 x mean over scheduled active goals with expected_progress > 0 "
            + "of min(1, progress / expected_progress)";

    /** Active projects that are not past their due date, out of all active projects. */
    public static AreaScoreView projects(int active, int overdue) {
        return score("projects", active == 0 ? null : percent(active - overdue, active),
                inputs("active_projects", active, "overdue", overdue), "100 x (active - overdue) / active");
    }

    /**
     * The days an area of day-by-day records (health, learning, journal) is judged on: from the later of the
     * range's first day and the area's first record ever, to the earlier of the range's last day and today —
     * today only once it has a record, since an unfinished day never lowers a score (as with habits). Null when
     * no day is left: nothing was ever recorded, the range lies before the first record or after today.
     *
     * @param firstRecord the date of the area's first record, null when it has none
     * @param recordToday whether the area has a record dated today
     */
    public static DateRange judgedDays(DateRange range, LocalDate firstRecord, boolean recordToday,
                                       LocalDate today) {
        if (firstRecord == null) {
            return null;
        }
        LocalDate from = firstRecord.isAfter(range.from()) ? firstRecord : range.from();
        LocalDate to = range.to().isBefore(today) ? range.to() : recordToday ? today : today.minusDays(1);
        return from.isAfter(to) ? null : new DateRange(from, to);
    }

    /** Days with at least one health measurement, out of the days judged (see {@link #judgedDays}). */
    public static AreaScoreView health(long daysLogged, DateRange judged) {
        return dayShare("health", "days_logged", daysLogged, judged);
    }

    /**
     * The mean of two parts, each where it has data: saving (50 plus the savings rate in points, 0 to 100, so
     * saving half of income scores 100 and spending 150 % of it scores 0) and budgets (the share of budgeted
     * categories kept within their limit). Amounts are in one currency.
     */
    public static AreaScoreView finance(String currency, BigDecimal income, BigDecimal expenses, int budgets,
                                        int budgetsWithin) {
        Map<String, Object> inputs = inputs("currency", currency, "income", income, "expenses", expenses,
                "budgets", budgets, "budgets_within_limit", budgetsWithin);
        Integer saving = null;
        if (income.signum() > 0) {
            BigDecimal rate = income.subtract(expenses).multiply(HUNDRED).divide(income, 1, RoundingMode.HALF_EVEN);
            inputs.put("savings_rate", rate);
            saving = clamp(whole(rate.add(BigDecimal.valueOf(NEUTRAL_SAVINGS_SCORE))));
        } else if (expenses.signum() > 0) {
            saving = 0;
        }
        Integer budgeting = budgets == 0 ? null : percent(budgetsWithin, budgets);
        inputs.put("saving_part", saving);
        inputs.put("budget_part", budgeting);
        return score("finance", meanOf(saving, budgeting), inputs,
                "mean of saving_part = clamp(50 + savings_rate, 0, 100) and budget_part = "
                        + "100 x budgets_within_limit / budgets, each where it has data");
    }

    /**
     * Learning minutes against the weekly aim scaled to the days judged (see {@link #judgedDays}), capped at 100;
     * no score without an aim.
     */
    public static AreaScoreView learning(long minutes, DateRange judged, int minutesPerWeek) {
        long days = judged == null ? 0 : judged.days();
        BigDecimal aim = BigDecimal.valueOf(minutesPerWeek).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP);
        Integer value = aim.signum() == 0 ? null : Math.min(100, whole(BigDecimal.valueOf(minutes).multiply(HUNDRED)
                .divide(aim, MathContext.DECIMAL64)));
        return score("learning", value, inputs("minutes", minutes, "days", days, "judged_from", from(judged),
                "aim_minutes", aim, "minutes_per_week_aim", minutesPerWeek),
                "min(100, 100 x minutes / (minutes_per_week_aim x days / 7)), days from the first session");
    }

    /** Contacts with a next contact date that are not overdue today, out of all with such a date. */
    public static AreaScoreView relationships(int withNextDate, int overdue) {
        return score("relationships", withNextDate == 0 ? null : percent(withNextDate - overdue, withNextDate),
                inputs("contacts_with_rhythm", withNextDate, "overdue", overdue),
                "100 x (contacts_with_rhythm - overdue) / contacts_with_rhythm");
    }

    /** The duration-weighted mean productivity score (1–10) of the tracked time, times ten. */
    public static AreaScoreView time(Weighted productivity, long trackedMinutes) {
        BigDecimal mean = productivity.mean();
        return score("time", mean == null ? null : whole(mean.multiply(BigDecimal.TEN)),
                inputs("tracked_minutes", trackedMinutes, "scored_minutes", productivity.weight(),
                        "mean_productivity", mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP)),
                "10 x sum(score x minutes) / sum(minutes) over scored entries");
    }

    /** Days with a journal entry, out of the days judged (see {@link #judgedDays}). */
    public static AreaScoreView journal(long daysWritten, DateRange judged) {
        return dayShare("journal", "days_written", daysWritten, judged);
    }

    private static AreaScoreView dayShare(String area, String counted, long daysCounted, DateRange judged) {
        long days = judged == null ? 0 : judged.days();
        return score(area, days == 0 ? null : percent(daysCounted, days),
                inputs(counted, daysCounted, "days", days, "judged_from", from(judged)),
                "100 x " + counted + " / days, days from the first record");
    }

    private static LocalDate from(DateRange judged) {
        return judged == null ? null : judged.from();
    }

    /**
     * A day's productivity: the mean, where each has data, of the habits due that day that were done (daily and
     * weekday habits) and the duration-weighted productivity score of that day's tracked time, times ten.
     */
    public static DayProductivityView productivity(LocalDate day, int habitsDue, int habitsDone,
                                                   Weighted timeScore) {
        Integer habits = habitsDue == 0 ? null : percent(habitsDone, habitsDue);
        BigDecimal mean = timeScore.mean();
        Integer time = mean == null ? null : whole(mean.multiply(BigDecimal.TEN));
        return new DayProductivityView(day, meanOf(habits, time), inputs("habits_due", habitsDue,
                "habits_done", habitsDone, "habit_part", habits, "time_part", time));
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
}
