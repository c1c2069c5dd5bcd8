package com.lifeos.insight;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The model behind the AI insights. Without an {@code apiKey} (or with {@code enabled} false) no model is ever
 * called and every answer comes from LifeOS's own rules. {@code baseUrl} may point at any OpenAI-compatible
 * server (a local one included); {@code maxCallsPerDay} bounds each user's model calls per local day.
 */
@ConfigurationProperties("lifeos.ai")
public record ModelProperties(Boolean enabled, String apiKey, String baseUrl, String model, Duration timeout,
                           Integer maxTokens, Integer maxCallsPerDay) {

    static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    public ModelProperties {
        enabled = enabled == null || enabled;
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        model = model == null || model.isBlank() ? "gpt-4o-mini" : model.strip();
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        maxTokens = maxTokens == null ? 800 : maxTokens;
        maxCallsPerDay = maxCallsPerDay == null ? 20 : maxCallsPerDay;
        if (timeout.isNegative() || timeout.isZero() || maxTokens < 1 || maxCallsPerDay < 0) {
            throw new IllegalArgumentException("lifeos.ai needs a positive timeout and max-tokens, and max-calls-per-day >= 0");
        }
    }

    /** The key is a secret: a log line or an error message that prints these settings must not carry it. */
    @Override
    public String toString() {
        return "ModelProperties[enabled=" + enabled + ", apiKey=" + (apiKey == null ? "none" : "(set)") + ", baseUrl="
                + baseUrl + ", model=" + model + ", timeout=" + timeout + ", maxTokens=" + maxTokens
                + ", maxCallsPerDay=" + maxCallsPerDay + "]";
    }

    /** Whether the model may be asked at all: switched on and given a key. */
    boolean callsModel() {
        return enabled && apiKey != null;
    }
}
