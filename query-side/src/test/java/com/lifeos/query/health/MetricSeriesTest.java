package com.lifeos.query.health;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MetricSeriesTest {

    @ParameterizedTest(name = "{0} {1} {2} is {3} {4}")
    @CsvSource(textBlock = """
            weight,   100,    lb,    45.35923700, kg
            weight,   176.37, lb,    80.0000862969, kg
            weight,   80.50,  kg,    80.50,  kg
            body_fat, 100,    lb,    100,    lb
            steps,    9000,   count, 9000,   count
            """)
    void onlyWeightInPoundsIsConverted(String type, BigDecimal value, String unit, BigDecimal expected,
                                       String seriesUnit) {
        assertThat(MetricSeries.valueOf(type, value, unit)).isEqualByComparingTo(expected);
        assertThat(MetricSeries.unitOf(type, unit)).isEqualTo(seriesUnit);
    }

    @Test
    void anUnknownTypeWithoutAUnitStaysWithoutOne() {
        assertThat(MetricSeries.unitOf("meditation", null)).isNull();
    }

    @ParameterizedTest(name = "mean of {0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            80.00 81.00        | 80.50
            0.25 0.00          | 0.12
            0.35 0.00          | 0.18
            1.00 1.00 1.01     | 1.00
            45.35923700        | 45.36
            -1.00 -2.00        | -1.50
            """)
    void meansHaveTwoDecimalsRoundedHalfToEven(String values, BigDecimal mean) {
        List<BigDecimal> numbers = Arrays.stream(values.split(" ")).map(BigDecimal::new).toList();
        assertThat(MetricSeries.mean(numbers)).isEqualTo(mean);
    }

    @Test
    void theMeanOfNothingIsNull() {
        assertThat(MetricSeries.mean(List.of())).isNull();
    }
}
