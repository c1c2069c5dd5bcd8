package com.lifeos.projection.shared;

import java.util.List;
import java.util.Map;

import com.lifeos.api.audit.UserTimelineReadEvent;
import com.lifeos.api.habit.HabitCheckedInEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventNamesTest {

    @Test
    void aKindIsTheClassNameWithoutItsEventSuffix() {
        assertThat(EventNames.kindOf(HabitCheckedInEvent.class)).isEqualTo("HabitCheckedIn");
        assertThat(EventNames.kindOf(new UserTimelineReadEvent(null, null))).isEqualTo("UserTimelineRead");
        assertThat(EventNames.kindOf(String.class)).isEqualTo("String");
    }

    @Test
    void theCatalogueHoldsEveryEventOfTheApiByKindSorted() {
        Map<String, String> all = EventNames.all();

        assertThat(all).containsEntry("HabitCheckedIn", HabitCheckedInEvent.class.getName())
                .containsEntry("UserTimelineRead", UserTimelineReadEvent.class.getName())
                .containsKeys("AccountRegistered", "GoalCreated", "SuggestionOffered");
        assertThat(List.copyOf(all.keySet())).isSorted().noneMatch(kind -> kind.endsWith("Event"));
        assertThat(all.values()).allMatch(className -> className.startsWith("com.lifeos.api.")
                && className.endsWith("Event"));
    }
}
