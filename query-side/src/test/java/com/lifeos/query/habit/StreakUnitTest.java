package com.lifeos.query.habit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreakUnitTest {

    @ParameterizedTest
    @CsvSource({"DAYS, days", "WEEKS, weeks"})
    void serialisesAsLowerCaseName(StreakUnit unit, String json) throws NoSuchFieldException {
        JsonProperty property = StreakUnit.class.getField(unit.name()).getAnnotation(JsonProperty.class);

        assertThat(property.value()).isEqualTo(json);
    }
}
