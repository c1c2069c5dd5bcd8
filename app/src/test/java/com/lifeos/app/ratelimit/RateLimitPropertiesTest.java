package com.lifeos.app.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits as a deployment sets them: any part left out takes its default. */
class RateLimitPropertiesTest {

    @Test
    void aLimitGivenOnlyItsRequestsKeepsTheDefaultWindow() {
        RateLimitProperties limits = bind(Map.of("lifeos.rate-limit.auth.requests", "20"));

        assertThat(limits.auth()).isEqualTo(new RateLimitProperties.Limit(20, Duration.ofMinutes(15)));
        assertThat(limits.perUser()).isEqualTo(new RateLimitProperties.Limit(1000, Duration.ofMinutes(1)));
    }

    @Test
    void aLimitGivenOnlyItsWindowKeepsTheDefaultRequests() {
        RateLimitProperties limits = bind(Map.of("lifeos.rate-limit.per-user.window", "10s"));

        assertThat(limits.perUser()).isEqualTo(new RateLimitProperties.Limit(1000, Duration.ofSeconds(10)));
    }

    @Test
    void nothingSetGivesTheDefaults() {
        RateLimitProperties limits = bind(Map.of("lifeos.other", "x"));

        assertThat(limits.enabled()).isTrue();
        assertThat(limits.auth()).isEqualTo(new RateLimitProperties.Limit(100, Duration.ofMinutes(15)));
        assertThat(limits.loginFailures()).isEqualTo(new RateLimitProperties.Limit(50, Duration.ofMinutes(15)));
        assertThat(limits.signInThrottle())
                .isEqualTo(new RateLimitProperties.Throttle(5, Duration.ofSeconds(1), Duration.ofMinutes(15),
                        Duration.ofDays(1)));
    }

    @Test
    void aLimitOfNoRequestsIsRefusedAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of("lifeos.rate-limit.auth.requests", "0")))
                .hasStackTraceContaining("requests >= 1");
    }

    @Test
    void theSignInDelayDoublesAfterTheFreeFailuresUpToItsCap() {
        RateLimitProperties.Throttle throttle = new RateLimitProperties.Throttle(3, Duration.ofSeconds(1),
                Duration.ofSeconds(10), Duration.ofDays(1));

        assertThat(throttle.delayAfter(2)).isZero();
        assertThat(throttle.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delayAfter(6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(throttle.delayAfter(7)).isEqualTo(Duration.ofSeconds(10));
        assertThat(throttle.delayAfter(1_000)).isEqualTo(Duration.ofSeconds(10));
    }

    private static RateLimitProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("lifeos.rate-limit", RateLimitProperties.class);
    }
}
