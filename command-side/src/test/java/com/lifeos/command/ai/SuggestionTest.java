package com.lifeos.command.ai;

import java.util.UUID;

import com.lifeos.api.ai.AcceptSuggestionCommand;
import com.lifeos.api.ai.OfferSuggestionCommand;
import com.lifeos.api.ai.SuggestionAcceptedEvent;
import com.lifeos.api.ai.SuggestionKind;
import com.lifeos.api.ai.SuggestionOfferedEvent;
import com.lifeos.api.ai.SuggestionSource;
import com.lifeos.api.shared.SealedText;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SuggestionTest {

    private static final UUID SUGGESTION = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID GOAL = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID OTHER_GOAL = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final SealedText CONTENT = new SealedText("v1.c2VhbGVk");

    private AggregateTestFixture<Suggestion> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Suggestion.class);
    }

    private static SuggestionOfferedEvent offered() {
        return new SuggestionOfferedEvent(SUGGESTION, OWNER, SuggestionKind.GOAL, SuggestionSource.MODEL,
                "gpt-4o-mini", CONTENT);
    }

    @Test
    void offeringASuggestionRecordsIt() {
        fixture.givenNoPriorActivity()
                .when(new OfferSuggestionCommand(SUGGESTION, OWNER, SuggestionKind.GOAL, SuggestionSource.MODEL,
                        "gpt-4o-mini", CONTENT))
                .expectEvents(offered());
    }

    @Test
    void aModelsSuggestionMustNameItsModel() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OfferSuggestionCommand(SUGGESTION, OWNER,
                SuggestionKind.GOAL, SuggestionSource.MODEL, null, CONTENT));
    }

    @Test
    void acceptingRecordsWhatTheSuggestionBecame() {
        fixture.given(offered())
                .when(new AcceptSuggestionCommand(SUGGESTION, OWNER, SuggestionKind.GOAL, GOAL))
                .expectEvents(new SuggestionAcceptedEvent(SUGGESTION, OWNER, SuggestionKind.GOAL, GOAL));
    }

    @Test
    void acceptingAgainAsTheSameGoalChangesNothing() {
        fixture.given(offered(), new SuggestionAcceptedEvent(SUGGESTION, OWNER, SuggestionKind.GOAL, GOAL))
                .when(new AcceptSuggestionCommand(SUGGESTION, OWNER, SuggestionKind.GOAL, GOAL))
                .expectNoEvents();
    }

    @Test
    void cannotAcceptASuggestionTwiceAsDifferentGoals() {
        fixture.given(offered(), new SuggestionAcceptedEvent(SUGGESTION, OWNER, SuggestionKind.GOAL, GOAL))
                .when(new AcceptSuggestionCommand(SUGGESTION, OWNER, SuggestionKind.GOAL, OTHER_GOAL))
                .expectException(IllegalStateException.class);
    }

    @Test
    void cannotAcceptAGoalSuggestionAsAHabit() {
        fixture.given(offered())
                .when(new AcceptSuggestionCommand(SUGGESTION, OWNER, SuggestionKind.HABIT, GOAL))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void anotherPersonsSuggestionIsNotFound() {
        fixture.given(offered())
                .when(new AcceptSuggestionCommand(SUGGESTION, STRANGER, SuggestionKind.GOAL, GOAL))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
