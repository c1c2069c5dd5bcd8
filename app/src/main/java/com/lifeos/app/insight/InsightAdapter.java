package com.lifeos.app.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.lifeos.app.account.UserSettings;
import com.lifeos.store.cache.ReadModelCache;
import com.lifeos.app.ratelimit.RateLimits;
import com.lifeos.store.gateway.Commands;
import com.lifeos.insight.AnswerCache;
import com.lifeos.insight.CommandSender;
import com.lifeos.insight.DailyAllowance;
import com.lifeos.insight.Preferences;
import org.springframework.stereotype.Component;

/**
 * What the insights need from the application they run in — its cache, its command path, a person's settings and
 * daily allowance — handed over without the insight module knowing the app.
 */
@Component
class InsightAdapter implements AnswerCache, CommandSender, Preferences, DailyAllowance {

    private final ReadModelCache cache;
    private final Commands commands;
    private final UserSettings settings;
    private final RateLimits limits;

    InsightAdapter(ReadModelCache cache, Commands commands, UserSettings settings, RateLimits limits) {
        this.cache = cache;
        this.commands = commands;
        this.settings = settings;
        this.limits = limits;
    }

    @Override
    public <R> R get(UUID userId, Object key, Class<R> type, Supplier<R> read, Predicate<? super R> keep) {
        return cache.get(userId, key, type, read, keep);
    }

    @Override
    public void sendAll(UUID actingUser, List<?> commandsToSend) {
        commands.sendAll(actingUser, commandsToSend);
    }

    @Override
    public String preferredCurrency(UUID userId) {
        return settings.preferredCurrency(userId);
    }

    @Override
    public int learningMinutesPerWeek(UUID userId) {
        return settings.learningMinutesPerWeek(userId);
    }

    @Override
    public boolean sharesPrivateTextWithModel(UUID userId) {
        return settings.sharesPrivateTextWithAi(userId);
    }

    @Override
    public boolean take(String key, LocalDate day, int perDay) {
        return limits.takeDaily(key, day, perDay);
    }
}
