package com.lifeos.query.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.lifeos.api.learning.LearningCourseView;
import com.lifeos.api.learning.LearningSessionDetails;

/**
 * A person's courses, gathered from their sessions. A course is a course name on a platform, both compared
 * trimmed and ignoring case; it is shown as its latest session spells it. Its latest progress is the one stated
 * by its latest session that stated one; it is completed once any session reached 100 %.
 */
public final class LearningCourses {

    /** The course learned most recently first; ties by name (ignoring case), then platform, none first. */
    private static final Comparator<LearningCourseView> MOST_RECENT_FIRST = Comparator
            .comparing(LearningCourseView::lastSessionDate, Comparator.reverseOrder())
            .thenComparing(LearningCourseView::courseName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(LearningCourseView::platform, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));

    private LearningCourses() {
    }

    public static List<LearningCourseView> of(List<SessionFacts> sessions) {
        Map<List<String>, List<SessionFacts>> byCourse = new LinkedHashMap<>();
        sessions.stream().sorted(SessionFacts.CHRONOLOGICAL).forEach(session -> byCourse
                .computeIfAbsent(Arrays.asList(session.courseKey(), session.platformKey()),
                        key -> new ArrayList<>())
                .add(session));
        return byCourse.values().stream().map(LearningCourses::course).sorted(MOST_RECENT_FIRST).toList();
    }

    /** One course from its sessions, oldest first. */
    private static LearningCourseView course(List<SessionFacts> sessions) {
        SessionFacts first = sessions.getFirst();
        SessionFacts last = sessions.getLast();
        long minutes = sessions.stream().mapToLong(SessionFacts::minutes).sum();
        Integer latestProgress = sessions.reversed().stream().map(SessionFacts::progress).filter(Objects::nonNull)
                .findFirst().orElse(null);
        boolean completed = sessions.stream().map(SessionFacts::progress)
                .anyMatch(progress -> progress != null && progress == LearningSessionDetails.MAX_PROGRESS);
        return new LearningCourseView(last.courseName(), last.platform(), minutes, sessions.size(), first.date(),
                last.date(), latestProgress, completed);
    }
}
