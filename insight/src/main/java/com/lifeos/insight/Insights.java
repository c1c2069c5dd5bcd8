package com.lifeos.insight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.lifeos.api.ai.OfferSuggestionCommand;
import com.lifeos.api.ai.SuggestionKind;
import com.lifeos.api.ai.SuggestionSource;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.insight.Advisor.Advice;
import com.lifeos.query.insight.GoalRules;
import com.lifeos.query.insight.GoalSuggestion;
import com.lifeos.query.insight.HabitRecommendation;
import com.lifeos.query.insight.HabitRules;
import com.lifeos.query.insight.InsightRules;
import com.lifeos.query.insight.LifeSummary;
import com.lifeos.query.insight.Recommendation;
import com.lifeos.store.cache.ReadModelCache;
import com.lifeos.store.crypto.PrivateText;
import com.lifeos.store.gateway.Commands;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three model-backed answers: the person's summary, the model's checked answer or else the rules', the suggestions
 * recorded as offered (so they can be accepted and audited), all cached per user until their data changes. Offering
 * is not a change of their data (the application declares its event cache-neutral), so the answer that records it stays cached. A fallback
 * for a passing reason (timeout, 429, daily limit, an invalid answer) is not cached: the next request tries the
 * model again.
 */
@Service
public class Insights {

    static final String MODEL = "model";
    static final String RULES = "rules";
    /** Fallbacks that stay true until the configuration changes, so they may be cached like model answers. */
    private static final Set<String> LASTING_FALLBACKS = Set.of(Advisor.NO_KEY, Advisor.DISABLED);

    private final LifeSummaries summaries;
    private final Advisor advisor;
    private final ModelClient model;
    private final ReadModelCache cache;
    private final Commands commands;
    private final PrivateText privateText;
    private final SuggestionContent content;
    private final JsonMapper json;
    private final Clock clock;

    Insights(LifeSummaries summaries, Advisor advisor, ModelClient model, ReadModelCache cache, Commands commands,
             PrivateText privateText, SuggestionContent content, JsonMapper json, Clock clock) {
        this.summaries = summaries;
        this.advisor = advisor;
        this.model = model;
        this.cache = cache;
        this.commands = commands;
        this.privateText = privateText;
        this.content = content;
        this.json = json;
        this.clock = clock;
    }

    /** Which answer, for which local day: the cache key beside the user and their data's generation. */
    record AnswerKey(String answer, LocalDate today) {
    }

    public GoalSuggestionsAnswer goalSuggestions(UUID userId, UserCalendar calendar) {
        return cache.get(userId, key("goal-suggestions", calendar), GoalSuggestionsAnswer.class, () -> {
            Made<List<GoalSuggestion>> made = make(userId, calendar, AnswerFormats.GOAL_SUGGESTIONS, GoalRules::suggest);
            List<GoalSuggestion> goals = made.answer().stream().map(goal -> goal.withId(UUID.randomUUID())).toList();
            offer(userId, SuggestionKind.GOAL, made, goals, GoalSuggestion::id);
            return new GoalSuggestionsAnswer(goals, made.source(), made.model(), made.fallbackReason(), made.context(),
                    made.at());
        }, answer -> lasting(answer.fallbackReason()));
    }

    public HabitRecommendationsAnswer habitRecommendations(UUID userId, UserCalendar calendar) {
        return cache.get(userId, key("habit-recommendations", calendar), HabitRecommendationsAnswer.class, () -> {
            Made<List<HabitRecommendation>> made = make(userId, calendar, AnswerFormats.HABIT_RECOMMENDATIONS,
                    HabitRules::recommend);
            List<HabitRecommendation> habits = made.answer().stream()
                    .map(habit -> habit.withId(UUID.randomUUID())).toList();
            offer(userId, SuggestionKind.HABIT, made, habits, HabitRecommendation::id);
            return new HabitRecommendationsAnswer(habits, made.source(), made.model(), made.fallbackReason(),
                    made.context(), made.at());
        }, answer -> lasting(answer.fallbackReason()));
    }

    public InsightsAnswer insights(UUID userId, UserCalendar calendar) {
        return cache.get(userId, key("insights", calendar), InsightsAnswer.class, () -> {
            Made<List<Recommendation>> made = make(userId, calendar, AnswerFormats.INSIGHT_RECOMMENDATIONS,
                    InsightRules::recommend);
            LifeSummary summary = made.summary();
            return new InsightsAnswer(summary.productivity(), summary.balance(), summary.trends(), made.answer(),
                    made.source(), made.model(), made.fallbackReason(), made.context(), made.at());
        }, answer -> lasting(answer.fallbackReason()));
    }

    /** One answer made: the summary it was made from, as sent, and whose answer it is. */
    private record Made<T>(LifeSummary summary, JsonNode context, T answer, String source, String model,
                           String fallbackReason, Instant at) {
    }

    private <T> Made<T> make(UUID userId, UserCalendar calendar, AnswerFormat<T> format, Function<LifeSummary, T> rules) {
        LifeSummary summary = summaries.of(userId, calendar);
        String context = json.writeValueAsString(summary);
        Advice<T> advice = advisor.ask(userId, summary.today(), format, context);
        boolean fromModel = advice.answer() != null;
        return new Made<>(summary, json.readTree(context), fromModel ? advice.answer() : rules.apply(summary),
                fromModel ? MODEL : RULES, fromModel ? model.model() : null, advice.fallbackReason(),
                clock.instant());
    }

    private <S> void offer(UUID userId, SuggestionKind kind, Made<?> made, List<S> suggestions,
                           Function<S, UUID> id) {
        SuggestionSource source = MODEL.equals(made.source()) ? SuggestionSource.MODEL : SuggestionSource.RULES;
        commands.sendAll(userId, suggestions.stream()
                .map(suggestion -> new OfferSuggestionCommand(id.apply(suggestion), userId, kind, source,
                        made.model(), privateText.seal(userId, content.of(suggestion))))
                .toList());
    }

    /** A model's answer, or the rules' for a reason that lasts until the configuration changes. */
    private static boolean lasting(String fallbackReason) {
        return fallbackReason == null || LASTING_FALLBACKS.contains(fallbackReason);
    }

    private static AnswerKey key(String answer, UserCalendar calendar) {
        return new AnswerKey(answer, calendar.today());
    }
}
