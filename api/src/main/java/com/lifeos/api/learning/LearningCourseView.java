package com.lifeos.api.learning;

import java.time.LocalDate;

/**
 * One course on one platform, gathered from its sessions (names compared trimmed and ignoring case, shown as
 * most recently spelled). {@code latestProgress} is the progress stated by the latest session that stated one
 * (null when none did); {@code completed} is true once any session reached 100 %.
 */
public record LearningCourseView(String courseName, String platform, long totalMinutes, int sessions,
                                 LocalDate firstSessionDate, LocalDate lastSessionDate, Integer latestProgress,
                                 boolean completed) {
}
