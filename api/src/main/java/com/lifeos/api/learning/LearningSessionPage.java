package com.lifeos.api.learning;

import java.util.List;

public record LearningSessionPage(List<LearningSessionView> items, long totalItems) {
}
