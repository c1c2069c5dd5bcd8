package com.lifeos.api.habit;

import java.util.List;

public record HabitStreaksView(List<HabitStreakView> items) {
}
