package com.lifeos.command.goal;

import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeos.api.goal.GoalStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress and status moved into a shared base class with the progress rules; a snapshot written while they lived in
 * the goal itself must still read, and new snapshots keep the same layout (the rules are never part of one).
 */
class GoalSnapshotTest {

    private static final String SNAPSHOT_BEFORE_THE_BASE = """
            {"goalId":"00000000-0000-0000-0000-0000000000b1","userId":"00000000-0000-0000-0000-000000000001",\
            "title":"Run","description":null,"category":null,"targetDate":"2025-12-31","startDate":"2025-03-01",\
            "priority":"high","progress":100,"status":"completed"}""";

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void aSnapshotWrittenBeforeTheSharedBaseStillReadsItsProgressAndStatus() throws Exception {
        Goal goal = json.readValue(SNAPSHOT_BEFORE_THE_BASE, Goal.class);

        JsonNode written = json.valueToTree(goal);

        assertThat(written.get("progress").asInt()).isEqualTo(100);
        assertThat(json.treeToValue(written.get("status"), GoalStatus.class)).isEqualTo(GoalStatus.COMPLETED);
    }

    @Test
    void aNewSnapshotKeepsTheFieldNamesOfTheOldOnes() throws Exception {
        Goal goal = json.readValue(SNAPSHOT_BEFORE_THE_BASE, Goal.class);

        JsonNode written = json.valueToTree(goal);

        assertThat(namesOf(written)).isEqualTo(namesOf(json.readTree(SNAPSHOT_BEFORE_THE_BASE)));
    }

    private static Set<String> namesOf(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
