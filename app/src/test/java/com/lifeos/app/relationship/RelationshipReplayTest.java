package com.lifeos.app.relationship;

import java.time.LocalDate;
import java.util.List;

import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class RelationshipReplayTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replayingTheRelationshipsGroupRebuildsIdenticalReadsAndRows() {
        TestUser user = newUser();
        String ana = create(user, """
                {"contact_name":"Ana","relationship_type":"friend","contact_every_days":14,"last_contact_date":"%s",
                 "notes":"climbing"}""".formatted(TODAY.minusDays(30)));
        String ben = create(user, """
                {"contact_name":"Ben","relationship_type":"family","contact_every_days":7}""");
        String cleo = create(user, "{\"contact_name\":\"Cleo\",\"next_contact_date\":\"%s\"}"
                .formatted(TODAY.plusDays(2)));
        String gone = create(user, "{\"contact_name\":\"Gone\",\"contact_every_days\":3}");
        for (int d = 12; d >= 0; d -= 3) {
            interact(user, ben, TODAY.minusDays(d), "call");
        }
        interact(user, ana, TODAY.minusDays(40), "meet");
        api().put("/api/relationships/" + ana, user.accessToken(),
                "{\"next_contact_date\":\"%s\",\"notes\":\"bouldering now\"}".formatted(TODAY.plusDays(1)));
        api().put("/api/relationships/" + ben, user.accessToken(), "{\"last_contact_date\":\"%s\"}"
                .formatted(TODAY.minusDays(5)));
        interact(user, cleo, TODAY, "message");
        api().put("/api/relationships/" + cleo, user.accessToken(), "{\"contact_every_days\":21}");
        interact(user, gone, TODAY.minusDays(1), "call");
        api().delete("/api/relationships/" + gone, user.accessToken());

        TestUser admin = admin();
        String before = reads(user, List.of(ana, ben, cleo));
        String rows = rows();

        replay("relationship", admin);

        assertThat(reads(user, List.of(ana, ben, cleo))).isEqualTo(before);
        assertThat(rows()).isEqualTo(rows);
        assertThat(rows).doesNotContain(gone);
    }


    private String reads(TestUser user, List<String> ids) {
        StringBuilder reads = new StringBuilder()
                .append(api().get("/api/relationships?size=100", user.accessToken()).body())
                .append(api().get("/api/relationships/reminders?days=365", user.accessToken()).body());
        for (String id : ids) {
            reads.append(api().get("/api/relationships/" + id, user.accessToken()).body())
                    .append(api().get("/api/relationships/" + id + "/interactions", user.accessToken()).body());
        }
        return reads.toString();
    }

    private String rows() {
        return jdbc.queryForList("SELECT * FROM relationship ORDER BY id").toString()
                + jdbc.queryForList("SELECT * FROM relationship_interaction ORDER BY id");
    }

    private String create(TestUser user, String body) {
        return api().post("/api/relationships", user.accessToken(), body).json().path("id").asText();
    }

    private void interact(TestUser user, String id, LocalDate date, String kind) {
        api().post("/api/relationships/" + id + "/interactions", user.accessToken(),
                "{\"date\":\"%s\",\"kind\":\"%s\"}".formatted(date, kind));
    }
}
