package com.lifeos.app.web;

import java.time.DayOfWeek;
import java.util.List;

import com.lifeos.api.project.ProjectStatus;
import com.lifeos.shared.wire.EnumNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnumNamesTest {

    @Test
    void valuesAreWrittenLowerSnakeAndReadInAnySpelling() {
        assertThat(EnumNames.wireName(ProjectStatus.ON_HOLD)).isEqualTo("on_hold");
        assertThat(EnumNames.wireName(DayOfWeek.MONDAY)).isEqualTo("monday");
        for (String spelling : List.of("on_hold", "ON_HOLD", "On-Hold", "on hold", " on-hold ")) {
            assertThat(EnumNames.find(ProjectStatus.class, spelling)).as(spelling).isEqualTo(ProjectStatus.ON_HOLD);
        }
        for (String spelling : List.of("wed", "WED", "Wed", "wednesday", "WEDNESDAY")) {
            assertThat(EnumNames.find(DayOfWeek.class, spelling)).as(spelling).isEqualTo(DayOfWeek.WEDNESDAY);
        }
    }

    @Test
    void onlyDaysHaveAbbreviationsAndBlankIsNothing() {
        assertThat(EnumNames.find(ProjectStatus.class, "act")).isNull();
        assertThat(EnumNames.find(DayOfWeek.class, "we")).isNull();
        assertThat(EnumNames.parse(ProjectStatus.class, "  ")).isNull();
        assertThatThrownBy(() -> EnumNames.parse(ProjectStatus.class, "paused"))
                .hasMessage("must be one of: active, on_hold, completed, cancelled");
    }

    @Test
    void aMisspeltFieldGetsTheKnownNameItMostLikelyMeant() {
        List<Object> known = List.of("title", "target_date", "priority", "description");
        assertThat(ApiJsonModule.closest("targetDate", known)).isEqualTo("target_date");
        assertThat(ApiJsonModule.closest("TargetDate", known)).isEqualTo("target_date");
        assertThat(ApiJsonModule.closest("priorty", known)).isEqualTo("priority");
        assertThat(ApiJsonModule.closest("descripton", known)).isEqualTo("description");
        assertThat(ApiJsonModule.closest("x", known)).isNull();
        assertThat(ApiJsonModule.closest("colour", known)).isNull();
    }
}
