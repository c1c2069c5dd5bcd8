package com.lifeos.insight;

import java.time.LocalDate;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the model for one answer about a person's summary, in the request's own thread (never in an event handler,
 * so never during a replay). An answer that fails its checks is asked for once more; every call counts against
 * the person's daily allowance. Whenever no valid answer comes, the caller is told why, and uses the rules.
 */
@Component
class Advisor {

    static final String NO_KEY = "no_key";
    static final String DISABLED = "disabled";
    static final String DAILY_LIMIT = "daily_limit";
    static final String INVALID_ANSWER = "invalid_answer";
    private static final int ATTEMPTS = 2;
    private static final Logger log = LoggerFactory.getLogger(Advisor.class);

    private final ModelClient model;
    private final ModelProperties properties;
    private final DailyAllowance allowance;
    private final JsonMapper json;

    Advisor(ModelClient model, ModelProperties properties, DailyAllowance allowance, JsonMapper json) {
        this.model = model;
        this.properties = properties;
        this.allowance = allowance;
        this.json = json;
    }

    /** The model's checked answer, or (with {@code answer} null) the reason the rules must answer instead. */
    record Advice<T>(T answer, String fallbackReason) {

        static <T> Advice<T> fallback(String reason) {
            return new Advice<>(null, reason);
        }
    }

    <T> Advice<T> ask(UUID userId, LocalDate today, AnswerFormat<T> format, String context) {
        if (!properties.enabled()) {
            return Advice.fallback(DISABLED);
        }
        if (!model.available()) {
            return Advice.fallback(NO_KEY);
        }
        String instructions = instructions(today, format);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (!allowance.take("ai-calls:" + userId, today, properties.maxCallsPerDay())) {
                return Advice.fallback(DAILY_LIMIT);
            }
            String content;
            try {
                content = model.complete(format, instructions, context);
            } catch (ModelUnavailable unavailable) {
                log.info("{}: no answer from the model ({}): {}", format.name(), unavailable.reason(),
                        unavailable.getMessage());
                return Advice.fallback(unavailable.reason());
            }
            try {
                return new Advice<>(format.read(json.readTree(content), today), null);
            } catch (InvalidAnswer | JacksonException invalid) {
                log.info("{}: the model's answer {} of {} is invalid: {}", format.name(), attempt, ATTEMPTS,
                        invalid.getMessage());
            }
        }
        return Advice.fallback(INVALID_ANSWER);
    }

    private static String instructions(LocalDate today, AnswerFormat<?> format) {
        return """
                You are the coach inside LifeOS, an app in which a person tracks habits, goals, money, health, \
                learning, time and a journal. The user message is a JSON summary of one person's records: aggregate \
                numbers (scores 0-100, rates in percent, streaks, trends), the titles of their own goals and habits \
                and, only if they allowed it, private_text. A null number means there is nothing to judge yet, not \
                zero: never call an area strongest or weakest, or name a balance, where the summary has null. \
                Today is %s. %s Base everything on these numbers and name them; invent no data. Answer only \
                with JSON that fits the schema.""".formatted(today, format.task());
    }
}
