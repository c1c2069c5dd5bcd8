package com.lifeos.app.insight;

import java.time.LocalDate;

import com.lifeos.app.ratelimit.RateLimits;
import com.lifeos.insight.DailyAllowance;
import org.springframework.stereotype.Component;

/**
 * The daily allowance of model calls the insights take, counted by the application's rate limits (shared by every
 * instance), handed over without the insight module knowing the app.
 */
@Component
class InsightAdapter implements DailyAllowance {

    private final RateLimits limits;

    InsightAdapter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean take(String key, LocalDate day, int perDay) {
        return limits.takeDaily(key, day, perDay);
    }
}
