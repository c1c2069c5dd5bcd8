package com.lifeos.query.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.learning.LearningCourseView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LearningCoursesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 30);
    private static final Instant MORNING = Instant.parse("2025-12-30T08:00:00Z");

    private static SessionFacts session(String course, String platform, int minutes, Integer progress,
                                        LocalDate date, Instant loggedAt) {
        return new SessionFacts(UUID.randomUUID(), course, platform, minutes, progress, date, loggedAt);
    }

    private static SessionFacts session(String course, String platform, int minutes, Integer progress,
                                        LocalDate date) {
        return session(course, platform, minutes, progress, date, MORNING);
    }

    @Test
    void noSessionsAreNoCourses() {
        assertThat(LearningCourses.of(List.of())).isEmpty();
    }

    @Test
    void sessionsOfOneCourseAddUpAcrossTheYearEnd() {
        List<LearningCourseView> courses = LearningCourses.of(List.of(
                session("SQL", "Coursera", 30, 10, DAY),
                session("SQL", "Coursera", 45, null, LocalDate.of(2026, 1, 2)),
                session("SQL", "Coursera", 15, 25, DAY.plusDays(1))));

        assertThat(courses).containsExactly(new LearningCourseView("SQL", "Coursera", 90, 3, DAY,
                LocalDate.of(2026, 1, 2), 25, false));
    }

    @Test
    void namesAreComparedTrimmedAndIgnoringCaseAndShownAsLastSpelled() {
        List<LearningCourseView> courses = LearningCourses.of(List.of(
                session("sql basics", "coursera", 20, null, DAY.minusDays(1)),
                session("SQL Basics", "Coursera", 40, null, DAY),
                session("SQL basics", "COURSERA", 10, null, DAY.minusDays(2))));

        assertThat(courses).singleElement().satisfies(course -> {
            assertThat(course.courseName()).isEqualTo("SQL Basics");
            assertThat(course.platform()).isEqualTo("Coursera");
            assertThat(course.totalMinutes()).isEqualTo(70);
            assertThat(course.sessions()).isEqualTo(3);
            assertThat(course.firstSessionDate()).isEqualTo(DAY.minusDays(2));
        });
    }

    @Test
    void theSameCourseOnAnotherPlatformOrOnNoneIsAnotherCourse() {
        List<LearningCourseView> courses = LearningCourses.of(List.of(
                session("Java", "Udemy", 30, null, DAY),
                session("Java", null, 30, null, DAY),
                session("Java", "YouTube", 30, null, DAY)));

        assertThat(courses).extracting(LearningCourseView::platform).containsExactly(null, "Udemy", "YouTube");
    }

    @Test
    void theLatestStatedProgressCountsOnTheSameDayByWhenItWasLogged() {
        List<LearningCourseView> courses = LearningCourses.of(List.of(
                session("Go", null, 30, 60, DAY, MORNING.plusSeconds(60)),
                session("Go", null, 30, 40, DAY, MORNING),
                session("Go", null, 30, null, DAY, MORNING.plusSeconds(120))));

        assertThat(courses.getFirst().latestProgress()).isEqualTo(60);
    }

    @Test
    void aCourseWithoutStatedProgressHasNone() {
        assertThat(LearningCourses.of(List.of(session("Go", null, 30, null, DAY))).getFirst().latestProgress())
                .isNull();
    }

    @Test
    void aCourseThatOnceReachedAHundredStaysCompleted() {
        LearningCourseView course = LearningCourses.of(List.of(
                session("Rust", null, 30, 100, DAY.minusDays(3)),
                session("Rust", null, 30, 20, DAY))).getFirst();

        assertThat(course.completed()).isTrue();
        assertThat(course.latestProgress()).isEqualTo(20);
    }

    @Test
    void theCourseLearnedMostRecentlyComesFirstThenByName() {
        List<LearningCourseView> courses = LearningCourses.of(List.of(
                session("Old", null, 30, null, DAY.minusDays(40)),
                session("beta", null, 30, null, DAY),
                session("Alpha", null, 30, null, DAY),
                session("Old", null, 30, null, DAY.minusDays(50))));

        assertThat(courses).extracting(LearningCourseView::courseName).containsExactly("Alpha", "beta", "Old");
    }
}
