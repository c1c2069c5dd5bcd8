package com.lifeos.app.hardening;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.lifeos.api.ai.OfferSuggestionCommand;
import com.lifeos.api.ai.SuggestionKind;
import com.lifeos.api.ai.SuggestionSource;
import com.lifeos.api.habit.HabitCheckedInEvent;
import com.lifeos.api.shared.SealedText;
import com.lifeos.shared.finance.BudgetIds;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.store.gateway.Commands;
import com.lifeos.app.support.TestClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids belong to their owner: another person's id, of any kind, is refused before anything is stored; changes and
 * deletes naming it answer 404; and an event already in the log that names it (stored before ids were claimed)
 * changes none of the owner's rows, live, applied twice, or in a replay.
 */
class CrossUserIdsTest extends ApiTestSupport {

    private static final String CHECK_IN = "check-in";
    private static final String INTERACTION = "interaction";
    /** The read models an attacker's crafted check-in reaches. */
    private static final List<String> ATTACKER_TABLES = List.of("habit", "habit_checkin", "dashboard_fact",
            "dashboard_subject");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway gateway;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    PlatformTransactionManager transactions;

    /** One of everything a person can create, with ids the client chose. */
    private record Owner(TestUser user, Map<String, UUID> ids) {

        UUID id(String kind) {
            return ids.get(kind);
        }
    }

    @Test
    void anotherUsersIdIsRefusedForEveryKindBeforeAnyEventIsStored() {
        Owner a = owner();
        TestUser b = newUser();
        UUID bHabit = ownHabit(b);
        UUID bContact = created(b, "/api/relationships", "{\"contact_name\":\"Mine\"}");
        Map<String, String> before = snapshot(a);
        long events = eventCount();

        for (Map.Entry<String, UUID> taken : a.ids().entrySet()) {
            List<String[]> attempts = new ArrayList<>(List.of(
                    create(CHECK_IN, taken.getValue(), bHabit, bContact),
                    create(INTERACTION, taken.getValue(), bHabit, bContact),
                    create("habit", taken.getValue(), bHabit, bContact),
                    create("financial_record", taken.getValue(), bHabit, bContact)));
            String[] sameKind = create(taken.getKey(), taken.getValue(), bHabit, bContact);
            if (sameKind != null) {
                attempts.add(sameKind);
            }
            for (String[] attempt : attempts) {
                Api.Response response = api().post(attempt[0], b.accessToken(), attempt[1]);
                assertThat(response.status()).as(taken.getKey() + " id used at " + attempt[0] + ": " + response.body())
                        .isEqualTo(409);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                assertThat(response.body()).doesNotContain(a.user().id().toString());
            }
        }

        assertThat(eventCount()).as("events stored by the refused creates").isEqualTo(events);
        assertThat(snapshot(a)).isEqualTo(before);
    }

    @Test
    void anotherUsersIdCannotBeChangedDeletedOrUndone() {
        Owner a = owner();
        TestUser b = newUser();
        UUID bHabit = ownHabit(b);
        Map<String, String> before = snapshot(a);
        Map<String, String> changes = Map.of(
                "/api/habits/" + a.id("habit"), "{\"title\":\"Taken\"}",
                "/api/goals/" + a.id("goal"), "{\"title\":\"Taken\"}",
                "/api/projects/" + a.id("project"), "{\"title\":\"Taken\"}",
                "/api/relationships/" + a.id("relationship"), "{\"contact_name\":\"Taken\"}",
                "/api/finance/records/" + a.id("financial_record"), "{\"amount\":1}",
                "/api/health/metrics/" + a.id("health_metric"), "{\"value\":1}",
                "/api/learning/sessions/" + a.id("learning_session"), "{\"duration_minutes\":1}",
                "/api/time/entries/" + a.id("time_entry"), "{\"duration_minutes\":1}",
                "/api/journal/entries/" + a.id("journal_entry"), "{\"content\":\"taken\"}");

        changes.forEach((path, body) -> {
            assertThat(api().put(path, b.accessToken(), body).status()).as("PUT " + path).isEqualTo(404);
            assertThat(api().delete(path, b.accessToken()).status()).as("DELETE " + path).isEqualTo(404);
        });
        for (UUID taken : a.ids().values()) {
            assertThat(api().delete("/api/habits/" + bHabit + "/checkin/" + taken, b.accessToken()).status())
                    .as("undo of " + taken + " on the attacker's own habit").isEqualTo(404);
        }
        assertThat(api().delete("/api/habits/" + a.id("habit") + "/checkin/" + a.id(CHECK_IN), b.accessToken())
                .status()).isEqualTo(404);

        assertThat(snapshot(a)).isEqualTo(before);
    }

    /**
     * The attack of issue 13, with its events already in the log: a check-in on the attacker's own habit that
     * names the victim's check-in id, and one that names the victim's expense; the attacker then undoes both.
     */
    @Test
    void anOldEventNamingAnotherUsersIdChangesNothingLiveOrInAReplay() {
        Owner a = owner();
        TestUser b = newUser();
        UUID bHabit = ownHabit(b);
        Map<String, String> before = snapshot(a);
        LocalDate today = TestClock.today();

        storeOldCheckIn(b, bHabit, a.id(CHECK_IN), today.minusDays(1));
        storeOldCheckIn(b, bHabit, a.id("financial_record"), today.minusDays(2));
        assertThat(api().delete("/api/habits/" + bHabit + "/checkin/" + a.id(CHECK_IN), b.accessToken()).status())
                .isEqualTo(204);
        assertThat(api().delete("/api/habits/" + bHabit + "/checkin/" + a.id("financial_record"), b.accessToken())
                .status()).isEqualTo(204);

        assertThat(snapshot(a)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT user_id FROM entity_owner WHERE entity_id = ?", UUID.class,
                a.id(CHECK_IN))).isEqualTo(a.user().id());

        Map<String, String> attacker = tables(b.id(), ATTACKER_TABLES);
        TestUser admin = admin();
        replay("habit", admin);
        replay("dashboard", admin);

        assertThat(snapshot(a)).isEqualTo(before);
        assertThat(tables(b.id(), ATTACKER_TABLES))
                .isEqualTo(attacker);
    }

    @Test
    void applyingTheSameEventTwiceChangesNothing() {
        Owner a = owner();
        TestUser b = newUser();
        UUID bHabit = ownHabit(b);
        DomainEventMessage<?> foreign = storeOldCheckIn(b, bHabit, a.id("financial_record"),
                TestClock.today().minusDays(3));
        DomainEventMessage<?> own = eventStore.readEvents(a.id("financial_record").toString()).asStream()
                .findFirst().orElseThrow();
        Map<String, String> victim = snapshot(a);
        Map<String, String> attacker = tables(b.id(), ATTACKER_TABLES);

        for (String group : List.of("habit", "dashboard", "finance")) {
            applyAgain(group, foreign);
            applyAgain(group, own);
            applyAgain(group, foreign);
            applyAgain(group, own);
        }

        assertThat(snapshot(a)).isEqualTo(victim);
        assertThat(tables(b.id(), ATTACKER_TABLES))
                .isEqualTo(attacker);
    }

    @Test
    void concurrentRepeatsOfOneCheckInAnswerTheSameResource() throws Exception {
        TestUser user = newUser();
        UUID habit = created(user, "/api/habits", "{\"title\":\"Water\",\"frequency\":\"daily\"}");
        UUID checkIn = UUID.randomUUID();

        List<Api.Response> responses = concurrently(12, () -> api().post("/api/habits/" + habit + "/checkin",
                user.accessToken(), "{\"id\":\"%s\"}".formatted(checkIn)));

        assertThat(responses).extracting(Api.Response::status).filteredOn(s -> s == 201).hasSize(1);
        assertThat(responses).extracting(Api.Response::status).filteredOn(s -> s == 200).hasSize(11);
        assertThat(responses).allSatisfy(response -> {
            assertThat(response.json().path("id").asText()).isEqualTo(checkIn.toString());
            assertThat(response.header("Location")).isEqualTo("/api/habits/" + habit + "/checkin/" + checkIn);
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, habit.toString())).isEqualTo(2);
    }

    @Test
    void concurrentRepeatsOfOneCreateAnswerTheSameResource() throws Exception {
        TestUser user = newUser();
        UUID goal = UUID.randomUUID();

        List<Api.Response> responses = concurrently(12, () -> api().post("/api/goals", user.accessToken(),
                "{\"id\":\"%s\",\"title\":\"Once\"}".formatted(goal)));

        assertThat(responses).extracting(Api.Response::status).filteredOn(s -> s == 201).hasSize(1);
        assertThat(responses).extracting(Api.Response::status).filteredOn(s -> s == 200).hasSize(11);
        assertThat(responses).allSatisfy(response ->
                assertThat(response.json().path("id").asText()).isEqualTo(goal.toString()));
    }

    @Test
    void ofConcurrentCreatesByDifferentPeopleWithOneIdOnlyOneIsStored() throws Exception {
        List<TestUser> people = List.of(newUser(), newUser(), newUser(), newUser(), newUser(), newUser());
        UUID id = UUID.randomUUID();
        List<UUID> habits = new ArrayList<>();
        for (TestUser person : people) {
            habits.add(ownHabit(person));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(people.size())) {
            for (int i = 0; i < people.size(); i++) {
                TestUser person = people.get(i);
                UUID habit = habits.get(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return api().post("/api/habits/" + habit + "/checkin", person.accessToken(),
                            "{\"id\":\"%s\"}".formatted(id));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                statuses.add(future.get().status());
            }

            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(people.size() - 1);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM habit_checkin WHERE id = ?", Long.class, id))
                .isEqualTo(1);
        long stored = 0;
        for (UUID habit : habits) {
            stored += eventStore.readEvents(habit.toString()).asStream()
                    .filter(event -> event.getPayload() instanceof HabitCheckedInEvent checkedIn
                            && checkedIn.checkInId().equals(id))
                    .count();
        }
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void aFailedCreateLeavesNoClaimThatBlocksTheOwnersRetry() {
        TestUser user = newUser();
        UUID habit = created(user, "/api/habits", "{\"title\":\"Water\",\"frequency\":\"daily\"}");
        created(user, "/api/habits/" + habit + "/checkin", "{}");
        UUID checkIn = UUID.randomUUID();

        assertThat(api().post("/api/habits/" + habit + "/checkin", user.accessToken(),
                "{\"id\":\"%s\"}".formatted(checkIn)).status()).as("a second check-in today").isEqualTo(409);
        assertThat(api().post("/api/habits/" + UUID.randomUUID() + "/checkin", user.accessToken(),
                "{\"id\":\"%s\"}".formatted(checkIn)).status()).as("no such habit").isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM entity_owner WHERE entity_id = ?", Long.class, checkIn))
                .isZero();

        assertThat(api().post("/api/habits/" + habit + "/checkin", user.accessToken(), "{\"id\":\"%s\",\"date\":\"%s\"}"
                .formatted(checkIn, TestClock.today().minusDays(1))).status()).isEqualTo(201);
        assertThat(newUserCheckIn(checkIn).status()).isEqualTo(409);
    }

    @Test
    void theOwnerCannotReuseAnIdForAnotherKindOrAnotherParent() {
        TestUser user = newUser();
        UUID habit = created(user, "/api/habits", "{\"title\":\"Water\",\"frequency\":\"daily\"}");
        UUID other = created(user, "/api/habits", "{\"title\":\"Tea\",\"frequency\":\"daily\"}");
        UUID checkIn = UUID.randomUUID();
        assertThat(api().post("/api/habits/" + habit + "/checkin", user.accessToken(),
                "{\"id\":\"%s\"}".formatted(checkIn)).status()).isEqualTo(201);

        assertThat(api().post("/api/habits/" + other + "/checkin", user.accessToken(),
                "{\"id\":\"%s\"}".formatted(checkIn)).status()).isEqualTo(409);
        assertThat(api().post("/api/goals", user.accessToken(),
                "{\"id\":\"%s\",\"title\":\"Same id\"}".formatted(checkIn)).status()).isEqualTo(409);
        assertThat(api().post("/api/habits/" + habit + "/checkin", user.accessToken(),
                "{\"id\":\"%s\"}".formatted(checkIn)).status()).isEqualTo(200);
    }

    // the victim: one of everything, with ids chosen by the client

    private Owner owner() {
        TestUser user = newUser();
        Map<String, UUID> ids = new LinkedHashMap<>();
        ids.put("habit", created(user, "/api/habits", withId("{\"title\":\"Run\",\"frequency\":\"daily\"}")));
        ids.put(CHECK_IN, created(user, "/api/habits/" + ids.get("habit") + "/checkin", withId("{}")));
        ids.put("goal", created(user, "/api/goals", withId("{\"title\":\"Ship\"}")));
        ids.put("project", created(user, "/api/projects", withId("{\"title\":\"Garden\"}")));
        ids.put("relationship", created(user, "/api/relationships", withId("{\"contact_name\":\"Grace\"}")));
        ids.put(INTERACTION, created(user, "/api/relationships/" + ids.get("relationship") + "/interactions",
                withId("{}")));
        ids.put("financial_record", created(user, "/api/finance/records",
                withId("{\"type\":\"expense\",\"amount\":150,\"category\":\"Food\"}")));
        ids.put("health_metric", created(user, "/api/health/metrics",
                withId("{\"metric_type\":\"sleep\",\"value\":7.5}")));
        ids.put("learning_session", created(user, "/api/learning/sessions",
                withId("{\"course_name\":\"SQL\",\"duration_minutes\":30}")));
        ids.put("time_entry", created(user, "/api/time/entries",
                withId("{\"activity\":\"Writing\",\"duration_minutes\":45}")));
        ids.put("journal_entry", created(user, "/api/journal/entries", withId("{\"content\":\"a private day\"}")));
        YearMonth month = YearMonth.from(TestClock.today());
        Api.Response budget = api().post("/api/finance/budget", user.accessToken(),
                "{\"category\":\"Food\",\"month\":\"%s\",\"amount\":300}".formatted(month));
        assertThat(budget.status()).as(budget.body()).isEqualTo(200);
        ids.put("budget", BudgetIds.of(user.id(), "Food", month));
        UUID suggestion = UUID.randomUUID();
        gateway.sendAndWait(new OfferSuggestionCommand(suggestion, user.id(), SuggestionKind.GOAL,
                SuggestionSource.RULES, null, new SealedText("sealed")), Commands.metaData(user.id()));
        ids.put("ai_suggestion", suggestion);
        ids.put("account", user.id());
        return new Owner(user, ids);
    }

    private static String withId(String body) {
        String id = "\"id\":\"" + UUID.randomUUID() + "\"";
        return body.equals("{}") ? "{" + id + "}" : "{" + id + "," + body.substring(1);
    }

    /** The create of a kind the attacker would send with the id, or null for kinds no client names an id of. */
    private static String[] create(String kind, UUID id, UUID ownHabit, UUID ownContact) {
        String path = switch (kind) {
            case "habit" -> "/api/habits";
            case CHECK_IN -> "/api/habits/" + ownHabit + "/checkin";
            case "goal" -> "/api/goals";
            case "project" -> "/api/projects";
            case "relationship" -> "/api/relationships";
            case INTERACTION -> "/api/relationships/" + ownContact + "/interactions";
            case "financial_record" -> "/api/finance/records";
            case "health_metric" -> "/api/health/metrics";
            case "learning_session" -> "/api/learning/sessions";
            case "time_entry" -> "/api/time/entries";
            case "journal_entry" -> "/api/journal/entries";
            default -> null;
        };
        if (path == null) {
            return null;
        }
        String fields = switch (kind) {
            case "habit" -> ",\"title\":\"Taken\",\"frequency\":\"daily\"";
            case "goal", "project" -> ",\"title\":\"Taken\"";
            case "relationship" -> ",\"contact_name\":\"Taken\"";
            case "financial_record" -> ",\"type\":\"expense\",\"amount\":1,\"category\":\"Food\"";
            case "health_metric" -> ",\"metric_type\":\"sleep\",\"value\":1";
            case "learning_session" -> ",\"course_name\":\"SQL\",\"duration_minutes\":1";
            case "time_entry" -> ",\"activity\":\"Writing\",\"duration_minutes\":1";
            case "journal_entry" -> ",\"content\":\"taken\"";
            default -> "";
        };
        return new String[] {path, "{\"id\":\"" + id + "\"" + fields + "}"};
    }

    private Api.Response newUserCheckIn(UUID checkIn) {
        TestUser someone = newUser();
        UUID habit = ownHabit(someone);
        return api().post("/api/habits/" + habit + "/checkin", someone.accessToken(),
                "{\"id\":\"%s\"}".formatted(checkIn));
    }

    private UUID ownHabit(TestUser user) {
        return created(user, "/api/habits", "{\"title\":\"Mine\",\"frequency\":\"daily\"}");
    }

    private UUID created(TestUser user, String path, String body) {
        Api.Response response = api().post(path, user.accessToken(), body);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asText());
    }

    // events as an old log would hold them

    /** Appends a check-in to the attacker's own habit as it could have been stored before ids were claimed. */
    private DomainEventMessage<?> storeOldCheckIn(TestUser attacker, UUID habit, UUID namedId, LocalDate date) {
        long next = eventStore.lastSequenceNumberFor(habit.toString()).orElse(-1L) + 1;
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("Habit", habit.toString(), next,
                new HabitCheckedInEvent(habit, attacker.id(), namedId, date, "UTC", null),
                MetaData.with("userId", attacker.id().toString()));
        eventStore.publish(event);
        return eventStore.readEvents(habit.toString()).asStream()
                .filter(stored -> stored.getSequenceNumber() == next).findFirst().orElseThrow();
    }

    /** Hands an event to a group's handlers once more, as a redelivery would, in a transaction of its own. */
    private void applyAgain(String group, DomainEventMessage<?> event) {
        AbstractEventProcessor processor = processing.eventProcessor(group, AbstractEventProcessor.class)
                .orElseThrow();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                processor.eventHandlerInvoker().handle(event, Segment.ROOT_SEGMENT);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    // what the victim sees, and what the read models hold for them

    private Map<String, String> snapshot(Owner owner) {
        String token = owner.user().accessToken();
        Map<String, String> seen = new LinkedHashMap<>();
        for (String path : List.of("/api/habits", "/api/habits/streaks", "/api/habits/analytics",
                "/api/habits/" + owner.id("habit"), "/api/goals", "/api/projects",
                "/api/relationships", "/api/relationships/" + owner.id("relationship") + "/interactions",
                "/api/finance/records", "/api/finance/budget", "/api/finance/analytics", "/api/health/metrics",
                "/api/learning/sessions", "/api/time/entries", "/api/journal/entries", "/api/dashboard/overview",
                "/api/dashboard/metrics")) {
            Api.Response response = api().get(path, token);
            seen.put(path, response.status() + " " + response.body());
        }
        seen.putAll(tables(owner.user().id(), readModelTables()));
        return seen;
    }

    /** Every read-model table that keeps rows per person (the append-only audit and activity feeds aside). */
    private List<String> readModelTables() {
        return jdbc.queryForList("""
                SELECT table_name FROM information_schema.columns
                WHERE column_name = 'user_id' AND table_schema = current_schema()
                  AND table_name NOT IN ('audit_entry', 'dashboard_activity') ORDER BY table_name""", String.class);
    }

    private Map<String, String> tables(UUID userId, List<String> tables) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, jdbc.queryForList("SELECT * FROM " + table + " WHERE user_id = ?", userId).stream()
                    .map(Object::toString).sorted().toList().toString());
        }
        return rows;
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private static List<Api.Response> concurrently(int times, java.util.concurrent.Callable<Api.Response> call)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(times)) {
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        }
    }
}
