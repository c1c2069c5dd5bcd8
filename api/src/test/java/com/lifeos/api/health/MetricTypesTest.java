package com.lifeos.api.health;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MetricTypesTest {

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(nullValues = "none", textBlock = """
            weight,                   1,        kg,    none
            weight,                   500,      kg,    none
            weight,                   0.99,     kg,    value
            weight,                   1100,     lb,    none
            weight,                   1.5,      lb,    value
            weight,                   80,       stone, unit
            sleep,                    0,        hours, none
            sleep,                    24.01,    hours, value
            steps,                    200000,   count, none
            steps,                    200001,   count, value
            steps,                    10.5,     count, value
            steps,                    10.00,    count, none
            heart_rate,               20,       bpm,   none
            heart_rate,               250.5,    bpm,   value
            blood_pressure_systolic,  260,      mmHg,  none
            blood_pressure_systolic,  49,       mmHg,  value
            blood_pressure_diastolic, 30,       mmHg,  none
            blood_pressure_diastolic, 160.01,   mmHg,  value
            water,                    10000,    ml,    none
            water,                    -1,       ml,    value
            mood,                     1,        score, none
            mood,                     0,        score, value
            mood,                     5.5,      score, value
            mood,                     5,        none,  unit
            meditation,               -12.25,   none,  none
            meditation,               1.001,    min,   value
            meditation,               100000000, min,  value
            meditation,               1,        this unit is far too long, unit
            """)
    void knownTypesCheckTheirUnitAndRangeAndOthersOnlyTheirShape(String type, BigDecimal value, String unit,
                                                                 String field) {
        assertThat(MetricTypes.problemWith(type, value, unit).map(MetricProblem::field).orElse(null))
                .isEqualTo(field);
    }

    @ParameterizedTest(name = "{0} given {1} (now {2}) is kept in {3}")
    @CsvSource(nullValues = "none", textBlock = """
            weight,     none,  none,  kg
            weight,     LB,    none,  lb
            weight,     none,  lb,    lb
            heart_rate, none,  lb,    bpm
            heart_rate, stone, none,  stone
            meditation, none,  none,  none
            meditation, ' min ', none, min
            meditation, none,  min,   min
            """)
    void aMissingUnitIsTheCurrentOneIfItFitsElseTheTypesDefault(String type, String unit, String current,
                                                                String kept) {
        assertThat(MetricTypes.unitFor(type, unit, current)).isEqualTo(kept);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "body fat", "body-fat", "gewicht_ä",
            "a_type_name_that_is_much_longer_than_fifty_characters"})
    void aTypeIsOneToFiftyLettersDigitsOrUnderscores(String type) {
        assertThatIllegalArgumentException().isThrownBy(() -> MetricTypes.normalise(type))
                .withMessageStartingWith("metric_type");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Weight", " WEIGHT ", "weight"})
    void aTypeIsKeptInLowerCase(String type) {
        assertThat(MetricTypes.normalise(type)).isEqualTo("weight");
    }
}
