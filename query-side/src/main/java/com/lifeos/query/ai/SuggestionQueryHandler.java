package com.lifeos.query.ai;

import com.lifeos.api.ai.AcceptedSuggestionsView;
import com.lifeos.api.ai.FindAcceptedSuggestionsQuery;
import com.lifeos.api.shared.SealedText;
import com.lifeos.projection.ai.SuggestionRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Answers which suggestions a person accepted, from the "ai" projection's rows. */
@Component
class SuggestionQueryHandler {

    private final SuggestionRows suggestions;

    SuggestionQueryHandler(SuggestionRows suggestions) {
        this.suggestions = suggestions;
    }

    @QueryHandler
    AcceptedSuggestionsView handle(FindAcceptedSuggestionsQuery query) {
        return new AcceptedSuggestionsView(suggestions.findAccepted(query.userId(), PageRequest.of(0, query.limit()))
                .stream()
                .map(row -> new AcceptedSuggestionsView.Item(row.id(), row.kind(), row.source(),
                        new SealedText(row.content()), row.acceptedAs(), row.acceptedAt()))
                .toList());
    }
}
