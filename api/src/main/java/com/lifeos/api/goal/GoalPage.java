package com.lifeos.api.goal;

import java.util.List;

public record GoalPage(List<GoalView> items, long totalItems) {
}
