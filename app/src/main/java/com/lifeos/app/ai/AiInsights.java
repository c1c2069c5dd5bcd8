package com.lifeos.app.ai;

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
import com.lifeos.app.ai.Advisor.Advice;
import com.lifeos.app.cache.ReadModelCache;
import com.lifeos.app.security.Actor;
import com.lifeos.app.web.Calendars;
import com.lifeos.app.web.Commands;
import com.lifeos.store.crypto.PrivateText;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three AI answers: the person's summary, the model's checked answer or else the rules', the suggestions
 * recorded as offered (so they can be accepted and audited), all cached per user until their data changes. Offering
 * is not a change of their data ({@link AiConfiguration}), so the answer that records it stays cached. A fallback
 * for a passing reason (timeout, 429, daily limit, an invalid answer) is not cached: the next request tries the
 * model again.
 */
@Service
class AiInsights {

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
    private final Calendars calendars;
    private final JsonMapper json;
    private final Clock clock;

    AiInsights(LifeSummaries summaries, Advisor advisor, ModelClient model, ReadModelCache cache, Commands commands,
               PrivateText privateText, SuggestionContent content, Calendars calendars, JsonMapper json,
               Clock clock) {
        this.summaries = summaries;
        this.advisor = advisor;
        this.model = model;
        this.cache = cache;
        this.commands = commands;
        this.privateText = privateText;
        this.content = content;
        this.calendars = calendars;
        this.json = json;
        this.clock = clock;
    }

    /** Which answer, for which local day: the cache key beside the user and their data's generation. */
    record AnswerKey(String answer, LocalDate today) {
    }

    GoalSuggestionsAnswer goalSuggestions(Actor actor) {
        return cache.get(actor.userId(), key("goal-suggestions", actor), GoalSuggestionsAnswer.class, () -> {
            Made<List<GoalSuggestion>> made = make(actor, AnswerFormats.GOAL_SUGGESTIONS, GoalRules::suggest);
            List<GoalSuggestion> goals = made.answer().stream().map(goal -> goal.withId(UUID.randomUUID())).toList();
            offer(actor, SuggestionKind.GOAL, made, goals, GoalSuggestion::id);
            return new GoalSuggestionsAnswer(goals, made.source(), made.model(), made.fallbackReason(), made.context(),
                    made.at());
        }, answer -> lasting(answer.fallbackReason()));
    }

    HabitRecommendationsAnswer habitRecommendations(Actor actor) {
        return cache.get(actor.userId(), key("habit-recommendations", actor), HabitRecommendationsAnswer.class, () -> {
            Made<List<HabitRecommendation>> made = make(actor, AnswerFormats.HABIT_RECOMMENDATIONS,
                    HabitRules::recommend);
            List<HabitRecommendation> habits = made.answer().stream()
                    .map(habit -> habit.withId(UUID.randomUUID())).toList();
            offer(actor, SuggestionKind.HABIT, made, habits, HabitRecommendation::id);
            return new HabitRecommendationsAnswer(habits, made.source(), made.model(), made.fallbackReason(),
                    made.context(), made.at());
        }, answer -> lasting(answer.fallbackReason()));
    }

    InsightsAnswer insights(Actor actor) {
        return cache.get(actor.userId(), key("insights", actor), InsightsAnswer.class, () -> {
            Made<List<Recommendation>> made = make(actor, AnswerFormats.INSIGHT_RECOMMENDATIONS,
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

    private <T> Made<T> make(Actor actor, AnswerFormat<T> format, Function<LifeSummary, T> rules) {
        LifeSummary summary = summaries.of(actor);
        String context = json.writeValueAsString(summary);
        Advice<T> advice = advisor.ask(actor.userId(), summary.today(), format, context);
        boolean fromModel = advice.answer() != null;
        return new Made<>(summary, json.readTree(context), fromModel ? advice.answer() : rules.apply(summary),
                fromModel ? MODEL : RULES, fromModel ? model.model() : null, advice.fallbackReason(),
                clock.instant());
    }

    private <S> void offer(Actor actor, SuggestionKind kind, Made<?> made, List<S> suggestions,
                           Function<S, UUID> id) {
        SuggestionSource source = MODEL.equals(made.source()) ? SuggestionSource.MODEL : SuggestionSource.RULES;
        commands.sendAll(actor.userId(), suggestions.stream()
                .map(suggestion -> new OfferSuggestionCommand(id.apply(suggestion), actor.userId(), kind, source,
                        made.model(), privateText.seal(actor.userId(), content.of(suggestion))))
                .toList());
    }

    /** A model's answer, or the rules' for a reason that lasts until the configuration changes. */
    private static boolean lasting(String fallbackReason) {
        return fallbackReason == null || LASTING_FALLBACKS.contains(fallbackReason);
    }

    private AnswerKey key(String answer, Actor actor) {
        return new AnswerKey(answer, calendars.of(actor).today());
    }
}
