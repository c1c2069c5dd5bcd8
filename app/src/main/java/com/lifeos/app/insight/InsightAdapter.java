package com.lifeos.app.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.lifeos.api.shared.SealedText;
import com.lifeos.app.account.UserSettings;
import com.lifeos.app.cache.ReadModelCache;
import com.lifeos.app.crypto.PrivateText;
import com.lifeos.app.ratelimit.RateLimits;
import com.lifeos.app.web.Commands;
import com.lifeos.insight.AnswerCache;
import com.lifeos.insight.CommandSender;
import com.lifeos.insight.DailyAllowance;
import com.lifeos.insight.Preferences;
import com.lifeos.insight.PrivateTexts;
import org.springframework.stereotype.Component;

/**
 * What the insights need from the application they run in — its cache, its command path, a person's key, settings
 * and daily allowance — handed over without the insight module knowing the app.
 */
@Component
class InsightAdapter implements AnswerCache, CommandSender, PrivateTexts, Preferences, DailyAllowance {

    private final ReadModelCache cache;
    private final Commands commands;
    private final PrivateText privateText;
    private final UserSettings settings;
    private final RateLimits limits;

    InsightAdapter(ReadModelCache cache, Commands commands, PrivateText privateText, UserSettings settings,
                   RateLimits limits) {
        this.cache = cache;
        this.commands = commands;
        this.privateText = privateText;
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
    public SealedText seal(UUID owner, String text) {
        return privateText.seal(owner, text);
    }

    @Override
    public String open(UUID owner, SealedText sealed) {
        return privateText.open(owner, sealed);
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
