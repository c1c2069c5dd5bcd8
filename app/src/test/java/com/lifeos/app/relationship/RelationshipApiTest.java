package com.lifeos.app.relationship;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelationshipApiTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();

    @Test
    void createReadChangeAndDeleteARelationship() {
        TestUser user = newUser();
        Api.Response created = create(user, """
                {"contact_name":"Ana Lima","relationship_type":"friend","contact_every_days":14,
                 "last_contact_date":"%s","notes":"met at the climbing gym"}""".formatted(TODAY.minusDays(3)));

        assertThat(created.status()).isEqualTo(201);
        JsonNode ana = created.json();
        String id = ana.path("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/relationships/" + id);
        assertThat(ana.path("contact_name").asText()).isEqualTo("Ana Lima");
        assertThat(ana.path("relationship_type").asText()).isEqualTo("friend");
        assertThat(ana.path("contact_every_days").asInt()).isEqualTo(14);
        assertThat(ana.path("last_contact_date").asText()).isEqualTo(TODAY.minusDays(3).toString());
        assertThat(ana.path("next_contact_date").asText()).isEqualTo(TODAY.plusDays(11).toString());
        assertThat(ana.path("notes").asText()).isEqualTo("met at the climbing gym");
        assertThat(ana.path("created_at").asText()).isNotBlank();
        assertThat(ana.path("updated_at").asText()).isNotBlank();
        assertThat(api().get("/api/relationships/" + id, user.accessToken()).json()).isEqualTo(ana);

        Api.Response changed = api().put("/api/relationships/" + id, user.accessToken(), """
                {"relationship_type":"family","notes":"my cousin, it turns out"}""");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("relationship_type").asText()).isEqualTo("family");
        assertThat(changed.json().path("notes").asText()).isEqualTo("my cousin, it turns out");
        assertThat(changed.json().path("contact_name").asText()).isEqualTo("Ana Lima");
        assertThat(changed.json().path("contact_every_days").asInt()).isEqualTo(14);
        assertThat(api().get("/api/relationships/" + id, user.accessToken()).json()).isEqualTo(changed.json());

        assertThat(api().delete("/api/relationships/" + id, user.accessToken()).status()).isEqualTo(204);
        assertThat(api().get("/api/relationships/" + id, user.accessToken()).status()).isEqualTo(404);
        assertThat(api().put("/api/relationships/" + id, user.accessToken(), "{\"notes\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(api().get("/api/relationships", user.accessToken()).json().path("total_items").asInt()).isZero();
    }

    @Test
    void aRelationshipNeedsOnlyAName() {
        TestUser user = newUser();
        JsonNode bare = create(user, "{\"contact_name\":\"  Sam  \"}").json();

        assertThat(bare.path("contact_name").asText()).isEqualTo("Sam");
        for (String absent : List.of("relationship_type", "last_contact_date", "next_contact_date",
                "contact_every_days", "notes")) {
            assertThat(bare.path(absent).isNull()).as(absent).isTrue();
        }
    }

    @Test
    void repeatingACreateWithTheSameIdIsHarmless() {
        TestUser user = newUser();
        String id = UUID.randomUUID().toString();
        String body = "{\"id\":\"%s\",\"contact_name\":\"Ana\"}".formatted(id);

        Api.Response first = create(user, body);
        Api.Response again = create(user, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(api().get("/api/relationships", user.accessToken()).json().path("total_items").asInt()).isEqualTo(1);
        assertThat(create(newUser(), body).status()).isEqualTo(409);
    }

    @Test
    void theListIsOrderedByNameFilteredByTypeAndPaged() {
        TestUser user = newUser();
        create(user, "{\"contact_name\":\"zoe\",\"relationship_type\":\"friend\"}");
        create(user, "{\"contact_name\":\"Émile\",\"relationship_type\":\"Friend\"}");
        create(user, "{\"contact_name\":\"anna\",\"relationship_type\":\"family\"}");
        create(user, "{\"contact_name\":\"Bruno\"}");

        assertThat(names(user, "")).containsExactly("anna", "Bruno", "Émile", "zoe");
        assertThat(names(user, "relationship_type=FRIEND")).containsExactly("Émile", "zoe");
        assertThat(names(user, "relationship_type=family")).containsExactly("anna");
        assertThat(names(user, "relationship_type=")).hasSize(4);
        JsonNode page = api().get("/api/relationships?size=3&page=1", user.accessToken()).json();
        assertThat(page.path("items").findValuesAsText("contact_name")).containsExactly("zoe");
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(3);
        assertThat(page.path("total_items").asInt()).isEqualTo(4);
        assertThat(page.path("total_pages").asInt()).isEqualTo(2);
        assertThat(api().get("/api/relationships?page=9", user.accessToken()).json().path("items")).isEmpty();
        assertThat(fieldOf(api().get("/api/relationships?size=101", user.accessToken()))).isEqualTo("size");
        assertThat(names(newUser(), "")).isEmpty();
    }

    @Test
    void invalidRelationshipsAreRejectedNamingTheField() {
        TestUser user = newUser();
        assertThat(fieldOf(create(user, "{\"contact_name\":\"\"}"))).isEqualTo("contact_name");
        assertThat(fieldOf(create(user, "{\"relationship_type\":\"friend\"}"))).isEqualTo("contact_name");
        assertThat(fieldOf(create(user, "{\"contact_name\":\"%s\"}".formatted("x".repeat(256)))))
                .isEqualTo("contact_name");
        assertThat(create(user, "{\"contact_name\":\"%s\"}".formatted("x".repeat(255))).status()).isEqualTo(201);
        assertThat(fieldOf(create(user, "{\"contact_name\":\"A\",\"relationship_type\":\"%s\"}"
                .formatted("t".repeat(51))))).isEqualTo("relationship_type");
        assertThat(fieldOf(create(user, "{\"contact_name\":\"A\",\"contact_every_days\":0}")))
                .isEqualTo("contact_every_days");
        assertThat(fieldOf(create(user, "{\"contact_name\":\"A\",\"contact_every_days\":3651}")))
                .isEqualTo("contact_every_days");
        assertThat(fieldOf(create(user, "{\"contact_name\":\"A\",\"contact_every_days\":\"often\"}")))
                .isEqualTo("contact_every_days");
        assertThat(fieldOf(create(user, "{\"contact_name\":\"A\",\"notes\":[\"a\"]}"))).isEqualTo("notes");
        assertThat(fieldOf(create(user, "{\"contact_name\":\"A\",\"last_contact_date\":\"last week\"}")))
                .isEqualTo("last_contact_date");
        assertThat(fieldOf(create(user, "{\"contact_name\":\"A\",\"next_contact_date\":\"2026-02-30\"}")))
                .isEqualTo("next_contact_date");
        assertThat(fieldOf(create(user, "{\"contact_name\":\"A\",\"last_contact_date\":\"%s\"}"
                .formatted(TODAY.plusDays(2))))).isEqualTo("last_contact_date");
        assertThat(fieldOf(create(user, "{\"contact_name\":\"A\",\"notes\":\"%s\"}".formatted("n".repeat(2001)))))
                .isEqualTo("notes");

        String id = create(user, "{\"contact_name\":\"Kept\",\"contact_every_days\":10}").json().path("id").asText();
        assertThat(fieldOf(api().put("/api/relationships/" + id, user.accessToken(), "{\"contact_name\":\"  \"}")))
                .isEqualTo("contact_name");
        assertThat(fieldOf(api().put("/api/relationships/" + id, user.accessToken(), "{\"contact_every_days\":0}")))
                .isEqualTo("contact_every_days");
        assertThat(fieldOf(api().put("/api/relationships/" + id, user.accessToken(),
                "{\"last_contact_date\":\"%s\"}".formatted(TODAY.plusDays(1))))).isEqualTo("last_contact_date");
        assertThat(fieldOf(interact(user, id, "{\"date\":\"%s\"}".formatted(TODAY.plusDays(1))))).isEqualTo("date");
        assertThat(fieldOf(interact(user, id, "{\"date\":\"today\"}"))).isEqualTo("date");
        assertThat(fieldOf(interact(user, id, "{\"kind\":\"%s\"}".formatted("k".repeat(51))))).isEqualTo("kind");
        assertThat(fieldOf(api().get("/api/relationships/reminders?days=366", user.accessToken()))).isEqualTo("days");
        assertThat(fieldOf(api().get("/api/relationships/reminders?days=-1", user.accessToken()))).isEqualTo("days");
        assertThat(fieldOf(api().get("/api/relationships/reminders?days=soon", user.accessToken()))).isEqualTo("days");
        assertThat(api().get("/api/relationships/not-a-uuid", user.accessToken()).status()).isEqualTo(400);

        JsonNode kept = api().get("/api/relationships/" + id, user.accessToken()).json();
        assertThat(kept.path("contact_name").asText()).isEqualTo("Kept");
        assertThat(kept.path("contact_every_days").asInt()).isEqualTo(10);
        assertThat(kept.path("last_contact_date").isNull()).isTrue();
        assertThat(api().get("/api/relationships/" + id + "/interactions", user.accessToken()).json().path("items"))
                .isEmpty();
    }

    @Test
    void anotherUsersRelationshipIsNotFoundForEveryVerb() {
        TestUser owner = newUser();
        TestUser stranger = newUser();
        String id = create(owner, "{\"contact_name\":\"Mine\",\"contact_every_days\":7}").json().path("id").asText();
        String call = interact(owner, id, "{\"kind\":\"call\"}").json().path("id").asText();
        String base = "/api/relationships/" + id;

        assertThat(api().get(base, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api().put(base, stranger.accessToken(), "{\"contact_name\":\"Theirs\"}").status()).isEqualTo(404);
        assertThat(api().delete(base, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(interact(stranger, id, "{\"kind\":\"meet\"}").status()).isEqualTo(404);
        assertThat(api().get(base + "/interactions", stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api().get(base + "/interactions/" + call, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api().get("/api/relationships/reminders?days=365", stranger.accessToken()).json().path("items"))
                .isEmpty();

        JsonNode mine = api().get(base, owner.accessToken()).json();
        assertThat(mine.path("contact_name").asText()).isEqualTo("Mine");
        assertThat(api().get(base + "/interactions", owner.accessToken()).json().path("items")).hasSize(1);
        assertThat(api().get(base + "/interactions/" + call, owner.accessToken()).status()).isEqualTo(200);
        assertThat(api().get(base + "/interactions/" + UUID.randomUUID(), owner.accessToken()).status())
                .isEqualTo(404);
        assertThat(api().get("/api/relationships/" + UUID.randomUUID(), owner.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void interactionsMoveTheLastContactForwardAndTheRhythmSetsTheNext() {
        TestUser user = newUser();
        String id = create(user, "{\"contact_name\":\"Grandma\",\"contact_every_days\":7}").json().path("id").asText();
        assertThat(relationship(user, id).path("next_contact_date").isNull()).isTrue();

        Api.Response call = interact(user, id, "{\"kind\":\"call\",\"notes\":\"her knee is better\"}");

        assertThat(call.status()).isEqualTo(201);
        JsonNode recorded = call.json();
        assertThat(call.header("Location")).isEqualTo("/api/relationships/%s/interactions/%s"
                .formatted(id, recorded.path("id").asText()));
        assertThat(recorded.path("relationship_id").asText()).isEqualTo(id);
        assertThat(recorded.path("date").asText()).isEqualTo(TODAY.toString());
        assertThat(recorded.path("kind").asText()).isEqualTo("call");
        assertThat(recorded.path("notes").asText()).isEqualTo("her knee is better");
        assertThat(recorded.path("recorded_at").asText()).isNotBlank();
        assertThat(relationship(user, id).path("last_contact_date").asText()).isEqualTo(TODAY.toString());
        assertThat(relationship(user, id).path("next_contact_date").asText()).isEqualTo(TODAY.plusDays(7).toString());

        interact(user, id, "{\"date\":\"%s\",\"kind\":\"meet\"}".formatted(TODAY.minusDays(10)));
        assertThat(relationship(user, id).path("last_contact_date").asText()).isEqualTo(TODAY.toString());
        assertThat(relationship(user, id).path("next_contact_date").asText()).isEqualTo(TODAY.plusDays(7).toString());

        api().put("/api/relationships/" + id, user.accessToken(), "{\"contact_every_days\":3}");
        assertThat(relationship(user, id).path("next_contact_date").asText()).isEqualTo(TODAY.plusDays(3).toString());

        JsonNode history = api().get("/api/relationships/" + id + "/interactions", user.accessToken()).json();
        assertThat(history.path("items").findValuesAsText("date"))
                .containsExactly(TODAY.toString(), TODAY.minusDays(10).toString());
        assertThat(history.path("items").get(0)).isEqualTo(recorded);
        assertThat(history.path("items").get(1).path("notes").isNull()).isTrue();
    }

    @Test
    void repeatingAnInteractionWithItsIdRecordsItOnce() {
        TestUser user = newUser();
        String id = create(user, "{\"contact_name\":\"Leo\"}").json().path("id").asText();
        String body = "{\"id\":\"%s\",\"date\":\"%s\"}".formatted(UUID.randomUUID(), TODAY.minusDays(1));

        var first = interact(user, id, body);
        var repeat = interact(user, id, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json()).isEqualTo(first.json());

        assertThat(api().get("/api/relationships/" + id + "/interactions", user.accessToken()).json().path("items"))
                .hasSize(1);
    }

    @Test
    void anExplicitNextDateWinsUntilTheNextInteraction() {
        TestUser user = newUser();
        String id = create(user, """
                {"contact_name":"Priya","contact_every_days":14,"last_contact_date":"%s"}"""
                .formatted(TODAY.minusDays(2))).json().path("id").asText();
        assertThat(next(user, id)).isEqualTo(TODAY.plusDays(12));

        JsonNode planned = api().put("/api/relationships/" + id, user.accessToken(),
                "{\"next_contact_date\":\"%s\"}".formatted(TODAY.plusDays(3))).json();
        assertThat(planned.path("next_contact_date").asText()).isEqualTo(TODAY.plusDays(3).toString());
        api().put("/api/relationships/" + id, user.accessToken(), "{\"contact_every_days\":30}");
        assertThat(next(user, id)).isEqualTo(TODAY.plusDays(3));
        interact(user, id, "{\"date\":\"%s\"}".formatted(TODAY.minusDays(20)));
        assertThat(next(user, id)).as("a back-filled older contact does not fulfil the plan")
                .isEqualTo(TODAY.plusDays(3));

        interact(user, id, "{\"kind\":\"message\"}");

        assertThat(next(user, id)).isEqualTo(TODAY.plusDays(30));
        api().put("/api/relationships/" + id, user.accessToken(),
                "{\"contact_every_days\":10,\"next_contact_date\":\"%s\"}".formatted(TODAY.plusDays(30)));
        assertThat(next(user, id)).as("sending back the date the rhythm gave is no plan")
                .isEqualTo(TODAY.plusDays(10));
    }

    @Test
    void theLastContactCanBeCorrected() {
        TestUser user = newUser();
        String id = create(user, "{\"contact_name\":\"Ola\",\"contact_every_days\":5}").json().path("id").asText();
        interact(user, id, "{}");

        JsonNode corrected = api().put("/api/relationships/" + id, user.accessToken(),
                "{\"last_contact_date\":\"%s\"}".formatted(TODAY.minusDays(4))).json();

        assertThat(corrected.path("last_contact_date").asText()).isEqualTo(TODAY.minusDays(4).toString());
        assertThat(corrected.path("next_contact_date").asText()).isEqualTo(TODAY.plusDays(1).toString());
    }

    @Test
    void remindersShowOverdueAndUpcomingContactsSoonestFirst() {
        TestUser user = newUser();
        String upcoming = create(user, "{\"contact_name\":\"Upcoming\",\"next_contact_date\":\"%s\"}"
                .formatted(TODAY.plusDays(3))).json().path("id").asText();
        String overdue = create(user, """
                {"contact_name":"Overdue","relationship_type":"friend","contact_every_days":14,
                 "last_contact_date":"%s"}"""
                .formatted(TODAY.minusDays(20))).json().path("id").asText();
        String later = create(user, "{\"contact_name\":\"Later\",\"next_contact_date\":\"%s\"}"
                .formatted(TODAY.plusDays(8))).json().path("id").asText();
        create(user, "{\"contact_name\":\"No rhythm\",\"last_contact_date\":\"%s\"}".formatted(TODAY.minusDays(400)));
        String dueToday = create(user, """
                {"contact_name":"Due today","contact_every_days":7,"last_contact_date":"%s"}"""
                .formatted(TODAY.minusDays(7))).json().path("id").asText();

        JsonNode reminders = api().get("/api/relationships/reminders", user.accessToken()).json().path("items");

        assertThat(reminders.findValuesAsText("relationship_id")).containsExactly(overdue, dueToday, upcoming);
        assertThat(reminders.findValuesAsText("contact_name")).containsExactly("Overdue", "Due today", "Upcoming");
        // overdue: days_overdue only; due today: days_until 0; upcoming: days_until only
        assertThat(reminders.get(0).path("days_overdue").asLong()).isEqualTo(6);
        assertThat(reminders.get(0).path("days_until").isNull()).isTrue();
        assertThat(reminders.get(1).path("days_overdue").isNull()).isTrue();
        assertThat(reminders.get(1).path("days_until").asLong()).isZero();
        assertThat(reminders.get(1).path("days_until").isNumber()).isTrue();
        assertThat(reminders.get(2).path("days_overdue").isNull()).isTrue();
        assertThat(reminders.get(2).path("days_until").asLong()).isEqualTo(3);
        JsonNode first = reminders.get(0);
        assertThat(first.path("relationship_type").asText()).isEqualTo("friend");
        assertThat(first.path("next_contact_date").asText()).isEqualTo(TODAY.minusDays(6).toString());
        assertThat(reminderIds(user, "?days=8")).containsExactly(overdue, dueToday, upcoming, later);
        assertThat(reminderIds(user, "?days=0")).containsExactly(overdue, dueToday);

        interact(user, overdue, "{}");
        assertThat(reminderIds(user, "")).containsExactly(dueToday, upcoming);
    }

    @Test
    void todayIsJudgedInTheUsersZone() {
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        LocalDate theirToday = TestClock.today(kiritimati);
        TestUser user = newUser(kiritimati.getId());
        String id = create(user, "{\"contact_name\":\"Tabu\",\"contact_every_days\":1,\"last_contact_date\":\"%s\"}"
                .formatted(theirToday.minusDays(1))).json().path("id").asText();

        JsonNode due = api().get("/api/relationships/reminders?days=0", user.accessToken()).json().path("items");
        assertThat(due.size()).isEqualTo(1);
        assertThat(due.get(0).path("days_until").asLong()).isZero();
        assertThat(due.get(0).path("days_overdue").isNull()).isTrue();

        Api.Response call = interact(user, id, "{}");
        assertThat(call.status()).isEqualTo(201);
        assertThat(call.json().path("date").asText()).isEqualTo(theirToday.toString());
        assertThat(interact(user, id, "{\"date\":\"%s\"}".formatted(theirToday.plusDays(1))).status()).isEqualTo(400);
    }

    private Api.Response create(TestUser user, String body) {
        return api().post("/api/relationships", user.accessToken(), body);
    }

    private Api.Response interact(TestUser user, String id, String body) {
        return api().post("/api/relationships/" + id + "/interactions", user.accessToken(), body);
    }

    private JsonNode relationship(TestUser user, String id) {
        return api().get("/api/relationships/" + id, user.accessToken()).json();
    }

    private LocalDate next(TestUser user, String id) {
        JsonNode next = relationship(user, id).path("next_contact_date");
        return next.isNull() ? null : LocalDate.parse(next.asText());
    }

    private List<String> names(TestUser user, String query) {
        return api().get("/api/relationships?" + query, user.accessToken()).json().path("items")
                .findValuesAsText("contact_name");
    }

    private List<String> reminderIds(TestUser user, String query) {
        return api().get("/api/relationships/reminders" + query, user.accessToken()).json().path("items")
                .findValuesAsText("relationship_id");
    }

    /** The field a 400 names (and fails when the answer is not a 400 naming exactly one field). */
    private static String fieldOf(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors")).as(response.body()).hasSize(1);
        return response.json().path("errors").get(0).path("field").asText();
    }
}
