package com.lifeos.command.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lifeos.api.finance.FinancialRecordDetails;
import com.lifeos.api.finance.FinancialRecordType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The details moved into a shared base class; a snapshot written while the field lived in the record itself must
 * still read them, and new snapshots keep the same layout.
 */
class FinancialRecordSnapshotTest {

    private static final FinancialRecordDetails LUNCH = new FinancialRecordDetails(FinancialRecordType.EXPENSE,
            new BigDecimal("12.50"), "EUR", "Food", null, LocalDate.of(2026, 11, 3));

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void aSnapshotWrittenBeforeTheSharedBaseStillReadsItsDetails() throws Exception {
        FinancialRecord record = json.treeToValue(snapshotBeforeTheBase(), FinancialRecord.class);

        JsonNode written = json.valueToTree(record);

        assertThat(json.treeToValue(written.get("details"), FinancialRecordDetails.class)).isEqualTo(LUNCH);
    }

    @Test
    void aNewSnapshotKeepsTheFieldNamesOfTheOldOnes() throws Exception {
        FinancialRecord record = json.treeToValue(snapshotBeforeTheBase(), FinancialRecord.class);

        JsonNode written = json.valueToTree(record);

        assertThat(namesOf(written)).isEqualTo(namesOf(snapshotBeforeTheBase()));
    }

    private ObjectNode snapshotBeforeTheBase() {
        ObjectNode snapshot = json.createObjectNode();
        snapshot.put("recordId", "00000000-0000-0000-0000-0000000000b1");
        snapshot.put("userId", "00000000-0000-0000-0000-000000000001");
        snapshot.set("details", json.valueToTree(LUNCH));
        return snapshot;
    }

    private static Set<String> namesOf(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
