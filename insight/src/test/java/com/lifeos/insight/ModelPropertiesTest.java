package com.lifeos.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelPropertiesTest {

    @Test
    void theKeyNeverAppearsWhenTheSettingsArePrinted() {
        ModelProperties properties = new ModelProperties(null, "sk-secret-value", null, null, null, null, null);

        assertThat(properties.toString()).doesNotContain("sk-secret-value").contains("apiKey=(set)")
                .contains("gpt-4o-mini");
        assertThat(properties.callsModel()).isTrue();
    }

    @Test
    void withoutAKeyTheModelIsNeverCalled() {
        ModelProperties properties = new ModelProperties(true, "  ", null, null, null, null, null);

        assertThat(properties.callsModel()).isFalse();
        assertThat(properties.toString()).contains("apiKey=none");
    }
}
