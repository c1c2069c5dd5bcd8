package com.lifeos.app.ai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AiPropertiesTest {

    @Test
    void theKeyNeverAppearsWhenTheSettingsArePrinted() {
        AiProperties properties = new AiProperties(null, "sk-secret-value", null, null, null, null, null);

        assertThat(properties.toString()).doesNotContain("sk-secret-value").contains("apiKey=(set)")
                .contains("gpt-4o-mini");
        assertThat(properties.callsModel()).isTrue();
    }

    @Test
    void withoutAKeyTheModelIsNeverCalled() {
        AiProperties properties = new AiProperties(true, "  ", null, null, null, null, null);

        assertThat(properties.callsModel()).isFalse();
        assertThat(properties.toString()).contains("apiKey=none");
    }
}
