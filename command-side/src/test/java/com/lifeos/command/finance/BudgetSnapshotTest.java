package com.lifeos.command.finance;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots are aggregates written as JSON by their fields. The owner moved into a shared base class, so a snapshot
 * written while the field lived in the aggregate itself must still read, and new snapshots keep the same layout.
 */
class BudgetSnapshotTest {

    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final String SNAPSHOT_BEFORE_THE_BASE = """
            {"budgetId":"00000000-0000-0000-0000-0000000000b1","userId":"00000000-0000-0000-0000-000000000001",\
            "category":"Food","month":"2026-11","amount":400.00,"currency":"EUR","removed":false}""";

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void aSnapshotWrittenBeforeTheSharedBaseStillReadsWithItsOwner() throws Exception {
        Budget budget = json.readValue(SNAPSHOT_BEFORE_THE_BASE, Budget.class);

        assertThat(budget.userId()).isEqualTo(OWNER);
    }

    @Test
    void aNewSnapshotKeepsTheFieldNamesOfTheOldOnes() throws Exception {
        Budget budget = json.readValue(SNAPSHOT_BEFORE_THE_BASE, Budget.class);

        JsonNode written = json.valueToTree(budget);

        assertThat(namesOf(written)).isEqualTo(namesOf(json.readTree(SNAPSHOT_BEFORE_THE_BASE)));
    }

    private static Set<String> namesOf(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
