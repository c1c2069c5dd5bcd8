package com.lifeos.projection.relationship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.relationship.RelationshipDetails;
import com.lifeos.api.shared.SealedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelationshipRowTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);
    private static final Instant CREATED = Instant.parse("2026-03-14T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-15T09:00:00Z");
    private static final RelationshipDetails FRIEND = new RelationshipDetails(new SealedText("v1.bmFtZQ=="),
            "friend", null, 14);

    private static RelationshipRow row() {
        return new RelationshipRow(ID, OWNER, FRIEND, DAY.minusDays(10), null, 0, CREATED);
    }

    @Test
    void anEventSeenTwiceChangesNothingTheSecondTime() {
        RelationshipRow row = row();
        row.nextContactPlanned(DAY.plusDays(5), 1, LATER);
        row.interaction(DAY, 2, LATER);

        row.nextContactPlanned(DAY.plusDays(5), 1, LATER.plusSeconds(60));

        assertThat(row.plannedContactDate()).isNull();
        assertThat(row.lastContactDate()).isEqualTo(DAY);
        assertThat(row.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void anInteractionOnOrAfterTheLastContactMovesItAndFulfilsThePlan() {
        RelationshipRow row = row();
        row.nextContactPlanned(DAY.plusDays(5), 1, LATER);

        row.interaction(DAY.minusDays(10), 2, LATER);

        assertThat(row.lastContactDate()).isEqualTo(DAY.minusDays(10));
        assertThat(row.plannedContactDate()).isNull();
    }

    @Test
    void aBackFilledOlderInteractionMovesNeitherTheLastContactNorThePlan() {
        RelationshipRow row = row();
        row.nextContactPlanned(DAY.plusDays(5), 1, LATER);

        row.interaction(DAY.minusDays(30), 2, LATER);

        assertThat(row.lastContactDate()).isEqualTo(DAY.minusDays(10));
        assertThat(row.plannedContactDate()).isEqualTo(DAY.plusDays(5));
    }

    @Test
    void aCorrectionMayMoveTheLastContactBackwards() {
        RelationshipRow row = row();

        row.lastContactCorrected(DAY.minusDays(40), 1, LATER);

        assertThat(row.lastContactDate()).isEqualTo(DAY.minusDays(40));
    }
}
