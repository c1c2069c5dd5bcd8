package com.lifeos.query.dashboard;

import java.util.Comparator;
import java.util.List;

import com.lifeos.api.dashboard.AreaScoreView;
import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.projection.dashboard.Areas;
import com.lifeos.projection.dashboard.ProjectState;

/** Active projects, soonest due first, and which of them are past their due date. */
final class ProjectPicture {

    private final Picture picture;

    ProjectPicture(Picture picture) {
        this.picture = picture;
    }

    DashboardOverviewView.Projects today() {
        List<DashboardOverviewView.ProjectToday> items = picture.subjects(Areas.PROJECTS, "project").stream()
                .filter(p -> p.status(ProjectState.class) == ProjectState.ACTIVE)
                .map(p -> new DashboardOverviewView.ProjectToday(p.id(), p.title(),
                        p.progress() == null ? 0 : p.progress(), p.dueDate(),
                        p.dueDate() != null && p.dueDate().isBefore(picture.today())))
                .sorted(Comparator.comparing(DashboardOverviewView.ProjectToday::dueDate,
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DashboardOverviewView.ProjectToday::projectId))
                .toList();
        int overdue = (int) items.stream().filter(DashboardOverviewView.ProjectToday::overdue).count();
        return new DashboardOverviewView.Projects(items.size(), overdue, items);
    }

    AreaScoreView score() {
        DashboardOverviewView.Projects projects = today();
        return LifeScores.projects(projects.active(), projects.overdue());
    }
}
