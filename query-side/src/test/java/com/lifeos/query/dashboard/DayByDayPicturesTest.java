package com.lifeos.query.dashboard;

import static com.lifeos.projection.dashboard.DashboardTestRows.fact;
import static com.lifeos.projection.dashboard.DashboardTestRows.labelled;
import static com.lifeos.projection.dashboard.DashboardTestRows.latest;
import static com.lifeos.projection.dashboard.DashboardTestRows.weighted;
import static com.lifeos.query.dashboard.PictureFixtures.MONDAY;
import static com.lifeos.query.dashboard.PictureFixtures.TODAY;
import static com.lifeos.query.dashboard.PictureFixtures.picture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import com.lifeos.api.dashboard.DashboardOverviewView;
import com.lifeos.api.shared.DateRange;
import com.lifeos.projection.dashboard.Areas;
import com.lifeos.projection.dashboard.FactRow;
import com.lifeos.projection.dashboard.SubjectRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Health, learning, time and the journal: areas of dated records, judged day by day from the first one. */
class DayByDayPicturesTest {

    private static final DateRange WEEK = new DateRange(MONDAY, MONDAY.plusDays(6));

    static Stream<Arguments> health() {
        return Stream.of(
                Arguments.of("never measured", List.of(), null, null),
                Arguments.of("both days before today measured", List.of(TODAY.minusDays(1), TODAY.minusDays(2)), MONDAY,
                        100),
                Arguments.of("one of two days, today not yet", List.of(MONDAY), MONDAY, 50),
                Arguments.of("today counts once measured", List.of(TODAY), MONDAY, 33));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void health(String story, List<LocalDate> days, LocalDate first, Integer score) {
        List<FactRow> readings = days.stream().map(day -> fact(Areas.HEALTH, "weight", null, day, "80")).toList();

        assertThat(new HealthPicture(picture(List.of(), readings)).score(WEEK, first).score()).isEqualTo(score);
    }

    static Stream<Arguments> latestReadings() {
        return Stream.of(
                Arguments.of("none", List.of(), List.of()),
                Arguments.of("each metric's latest, by name", List.of("weight", "sleep", "steps"),
                        List.of("sleep", "steps", "weight")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void latestReadings(String story, List<String> metrics, List<String> shown) {
        List<SubjectRow> latest = metrics.stream()
                .map(metric -> latest(labelled(fact(Areas.HEALTH, metric, null, TODAY, "7"), null, null, "u"), metric))
                .toList();

        assertThat(new HealthPicture(picture(latest, List.of())).latest())
                .extracting(DashboardOverviewView.HealthValue::metricType).containsExactlyElementsOf(shown);
    }

    static Stream<Arguments> journal() {
        return Stream.of(
                Arguments.of("never written", List.of(), null, null),
                Arguments.of("every day since the first entry", List.of(TODAY.minusDays(1)), TODAY.minusDays(1), 100),
                Arguments.of("one day of two", List.of(MONDAY), MONDAY, 50));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void journal(String story, List<LocalDate> days, LocalDate first, Integer score) {
        List<FactRow> entries = days.stream().map(day -> fact(Areas.JOURNAL, "entry", null, day, "4")).toList();

        assertThat(new JournalPicture(picture(List.of(), entries)).score(WEEK, first).score()).isEqualTo(score);
    }

    static Stream<Arguments> latestEntry() {
        return Stream.of(
                Arguments.of("no entry", null, null, null),
                Arguments.of("written today", TODAY, "good", 0L),
                Arguments.of("written three days ago", TODAY.minusDays(3), "awful", 3L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void latestEntry(String story, LocalDate written, String mood, Long daysSince) {
        List<SubjectRow> shown = written == null ? List.of()
                : List.of(latest(labelled(fact(Areas.JOURNAL, "entry", null, written, "4"), mood, null, null), "journal"));

        DashboardOverviewView.Journal journal = new JournalPicture(picture(shown, List.of())).latest();

        assertThat(journal).isEqualTo(new DashboardOverviewView.Journal(written, mood, daysSince));
    }

    static Stream<Arguments> learning() {
        return Stream.of(
                Arguments.of("no aim, no score", List.of("60"), 0, 60, null),
                Arguments.of("the aim for two days, met", List.of("40", "20"), 210, 60, 100),
                Arguments.of("half the aim", List.of("30"), 210, 30, 50));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void learning(String story, List<String> minutes, int aimPerWeek, int thisWeek, Integer score) {
        List<FactRow> sessions = minutes.stream().map(m -> fact(Areas.LEARNING, "session", null, MONDAY, m)).toList();
        LearningPicture learning = new LearningPicture(picture(List.of(), sessions));

        assertThat(learning.thisWeek().minutes()).isEqualTo(thisWeek);
        assertThat(learning.thisWeek().sessions()).isEqualTo(minutes.size());
        assertThat(learning.score(WEEK, MONDAY, aimPerWeek).score()).isEqualTo(score);
    }

    static Stream<Arguments> time() {
        return Stream.of(
                Arguments.of("nothing tracked", List.of(), 0, null),
                Arguments.of("unscored time has no score", List.of(entry("60", null)), 60, null),
                Arguments.of("weighted by minutes", List.of(entry("90", "8"), entry("30", "4")), 120, 70));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void time(String story, List<FactRow> entries, int minutes, Integer score) {
        TimePicture time = new TimePicture(picture(List.of(), entries));

        assertThat(time.today().minutes()).isEqualTo(minutes);
        assertThat(time.score(MONDAY, TODAY).score()).isEqualTo(score);
    }

    private static FactRow entry(String minutes, String score) {
        FactRow entry = fact(Areas.TIME, "entry", null, TODAY, minutes);
        return score == null ? entry : weighted(entry, score);
    }
}
