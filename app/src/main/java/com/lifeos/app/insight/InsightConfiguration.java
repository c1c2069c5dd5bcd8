package com.lifeos.app.insight;

import java.util.Set;

import com.lifeos.api.ai.SuggestionOfferedEvent;
import com.lifeos.store.cache.CacheNeutralEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InsightConfiguration {

    /**
     * Suggestions shown change no cached read (no sentence in recent activity, the audit reads are not cached, the
     * summary names only accepted ones), so recording them keeps the user's cached answers — the one that
     * recorded them, and the other insight answers, included.
     */
    @Bean
    CacheNeutralEvents offeredSuggestions() {
        return new CacheNeutralEvents(Set.of(SuggestionOfferedEvent.class));
    }
}
