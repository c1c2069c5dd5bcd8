package com.lifeos.api.learning;

import java.util.List;

public record LearningCoursePage(List<LearningCourseView> items, long totalItems) {
}
