package com.lifeos.query.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.projection.dashboard.Areas;
import com.lifeos.projection.dashboard.GoalState;
import com.lifeos.projection.dashboard.SubjectRow;
import com.lifeos.query.goal.GoalSchedule;

/** Active goals: where each stands against its schedule today, soonest target first. */
final class GoalPicture {

    private final Picture picture;

    GoalPicture(Picture picture) {
        this.picture = picture;
    }

    DashboardOverviewView.Goals today() {
        List<DashboardOverviewView.GoalToday> items = new ArrayList<>();
        for (SubjectRow goal : picture.subjects(Areas.GOALS, "goal")) {
            if (goal.status(GoalState.class) != GoalState.ACTIVE) {
                continue;
            }
            int progress = goal.progress() == null ? 0 : goal.progress();
            if (goal.dueDate() == null) {
                items.add(new DashboardOverviewView.GoalToday(goal.id(), goal.title(), progress, null, null,
                        "unscheduled"));
                continue;
            }
            GoalSchedule.Judgement judgement = GoalSchedule.judge(GoalSchedule.startedOn(goal.startDate(),
                    goal.createdAt(), picture.calendar().zone()), goal.dueDate(), progress, List.of(), picture.today());
            items.add(new DashboardOverviewView.GoalToday(goal.id(), goal.title(), progress, goal.dueDate(),
                    judgement.expectedProgress(), judgement.state()));
        }
        items.sort(Comparator.comparing(DashboardOverviewView.GoalToday::targetDate,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DashboardOverviewView.GoalToday::goalId));
        int behind = (int) items.stream().filter(g -> g.state().equals("behind") || g.state().equals("overdue"))
                .count();
        return new DashboardOverviewView.Goals(items.size(), behind, items);
    }

    AreaScoreView score() {
        return LifeScores.goals(today().items().stream().filter(g -> g.expectedProgress() != null)
                .map(g -> new GoalStanding(g.progress(), g.expectedProgress())).toList());
    }
}
