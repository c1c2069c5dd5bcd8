package com.lifeos.query.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.api.habit.HabitFrequency;
import com.lifeos.api.shared.DateRange;
import com.lifeos.projection.dashboard.Areas;
import com.lifeos.projection.dashboard.HabitState;
import com.lifeos.projection.dashboard.SubjectRow;
import com.lifeos.query.habit.Completion;
import com.lifeos.query.habit.HabitCompletion;
import com.lifeos.query.habit.HabitRhythm;
import com.lifeos.query.shared.LocalDays;

/** Habits: which are due today and done, how many due periods of a range were met, and each day's share. */
final class HabitPicture {

    private final Picture picture;

    HabitPicture(Picture picture) {
        this.picture = picture;
    }

    DashboardOverviewView.Habits today() {
        LocalDate today = picture.today();
        LocalDate weekStart = LocalDays.weekStartOf(today, picture.calendar().weekStart());
        List<DashboardOverviewView.HabitToday> items = new ArrayList<>();
        for (SubjectRow habit : active()) {
            List<LocalDate> dates = picture.checkIns(habit.id(), weekStart, today);
            HabitRhythm rhythm = rhythmOf(habit);
            boolean weekly = rhythm.frequency() == HabitFrequency.WEEKLY;
            boolean due = weekly ? dates.stream().filter(d -> d.isBefore(today)).count() < rhythm.targetPerWeek()
                    : rhythm.isDueOn(today.getDayOfWeek());
            if (due) {
                items.add(new DashboardOverviewView.HabitToday(habit.id(), habit.title(),
                        habit.frequency().toLowerCase(Locale.ROOT), dates.contains(today),
                        weekly ? dates.size() : null, habit.targetPerWeek()));
            }
        }
        items.sort(Comparator.comparing(DashboardOverviewView.HabitToday::doneToday)
                .thenComparing(DashboardOverviewView.HabitToday::title)
                .thenComparing(DashboardOverviewView.HabitToday::habitId));
        int done = (int) items.stream().filter(DashboardOverviewView.HabitToday::doneToday).count();
        return new DashboardOverviewView.Habits(items.size(), done, items);
    }

    AreaScoreView score(DateRange range) {
        int due = 0;
        int met = 0;
        for (SubjectRow habit : active()) {
            Completion completion = HabitCompletion.completion(rhythmOf(habit),
                    picture.checkIns(habit.id(), LocalDate.MIN, LocalDate.MAX), range.from(), range.to(),
                    activeSince(habit), picture.today());
            due += completion.duePeriods();
            met += completion.metPeriods();
        }
        return LifeScores.habits(due, met);
    }

    /** Daily and weekday habits due on a day, and how many of them were done. */
    Day on(LocalDate day) {
        int due = 0;
        int done = 0;
        for (SubjectRow habit : active()) {
            HabitRhythm rhythm = rhythmOf(habit);
            if (rhythm.frequency() == HabitFrequency.WEEKLY || activeSince(habit).isAfter(day)
                    || !rhythm.isDueOn(day.getDayOfWeek())) {
                continue;
            }
            due++;
            if (picture.checkIns(habit.id(), day, day).contains(day)) {
                done++;
            }
        }
        return new Day(due, done);
    }

    private List<SubjectRow> active() {
        return picture.subjects(Areas.HABITS, "habit").stream()
                .filter(habit -> habit.status(HabitState.class) == HabitState.ACTIVE).toList();
    }

    private HabitRhythm rhythmOf(SubjectRow habit) {
        Set<DayOfWeek> days = habit.daysOfWeek() == null ? Set.of() : Arrays.stream(habit.daysOfWeek().split(","))
                .map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new HabitRhythm(HabitFrequency.valueOf(habit.frequency()),
                habit.targetPerWeek() == null ? 0 : habit.targetPerWeek(), days, picture.calendar().weekStart());
    }

    /** A habit counts from its creation, or from its first check-in when one was back-filled before that. */
    private LocalDate activeSince(SubjectRow habit) {
        LocalDate createdOn = habit.createdAt().atZone(picture.calendar().zone()).toLocalDate();
        return habit.startDate() != null && habit.startDate().isBefore(createdOn) ? habit.startDate() : createdOn;
    }

    record Day(int due, int done) {
    }
}
