package com.lifeos.api.habit;

import java.util.List;

public record HabitPage(List<HabitView> items, long totalItems) {
}
