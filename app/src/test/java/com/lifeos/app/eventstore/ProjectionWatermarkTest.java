package com.lifeos.app.eventstore;

import java.util.TreeSet;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionWatermarkTest {

    private static GapAwareTrackingToken at(long index, Long... gaps) {
        return GapAwareTrackingToken.newInstance(index, new TreeSet<>(java.util.List.of(gaps)));
    }

    @Test
    void aProcessorAtOrPastThePositionHasAppliedTheEvent() {
        assertThat(ProjectionWatermark.hasApplied(at(10), 10)).isTrue();
        assertThat(ProjectionWatermark.hasApplied(at(12), 10)).isTrue();
        assertThat(ProjectionWatermark.hasApplied(at(9), 10)).isFalse();
        assertThat(ProjectionWatermark.hasApplied(null, 10)).isFalse();
    }

    @Test
    void aGapBelowThePositionDoesNotHoldTheWriterBack() {
        assertThat(ProjectionWatermark.hasApplied(at(10, 7L), 10)).isTrue();
    }

    @Test
    void anEventThatIsStillAGapHasNotBeenApplied() {
        assertThat(ProjectionWatermark.hasApplied(at(12, 10L), 10)).isFalse();
    }

    @Test
    void aWrappedTokenIsJudgedByWhatItHasSurelyProcessed() {
        assertThat(ProjectionWatermark.hasApplied(ReplayToken.createReplayToken(at(20, 3L), at(10)), 10)).isTrue();
        assertThat(ProjectionWatermark.hasApplied(ReplayToken.createReplayToken(at(20), at(9)), 10)).isFalse();
    }
}
