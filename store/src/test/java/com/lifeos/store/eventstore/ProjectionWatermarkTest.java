package com.lifeos.store.eventstore;

import java.util.TreeSet;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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

    private static EventTrackerStatus status(TrackingToken token, boolean replaying, boolean caughtUp, boolean error) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getTrackingToken()).thenReturn(token);
        when(status.isReplaying()).thenReturn(replaying);
        when(status.isCaughtUp()).thenReturn(caughtUp);
        when(status.isErrorState()).thenReturn(error);
        return status;
    }

    @Test
    void aReplayThatHasCaughtUpIsWaitedForLikeALiveProjection() {
        TrackingToken caughtUpReplay = ReplayToken.createReplayToken(at(30), at(30));

        assertThat(ProjectionWatermark.isUpToDate(status(caughtUpReplay, true, true, false), 31)).isFalse();
        assertThat(ProjectionWatermark.isUpToDate(status(caughtUpReplay, true, true, false), 30)).isTrue();
    }

    @Test
    void aReplayStillWorkingThroughHistoryOrASegmentInErrorIsNotWaitedFor() {
        assertThat(ProjectionWatermark.isUpToDate(status(ReplayToken.createReplayToken(at(30), at(5)), true, false,
                false), 31)).isTrue();
        assertThat(ProjectionWatermark.isUpToDate(status(at(5), false, true, true), 31)).isTrue();
        assertThat(ProjectionWatermark.isUpToDate(status(at(5), false, true, false), 31)).isFalse();
    }
}
