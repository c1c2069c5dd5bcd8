package com.lifeos.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.lifeos.api.account.AccountErasedEvent;
import com.lifeos.api.ai.SuggestionAcceptedEvent;
import com.lifeos.api.ai.SuggestionKind;
import com.lifeos.api.ai.SuggestionOfferedEvent;
import com.lifeos.api.ai.SuggestionSource;
import com.lifeos.api.account.AccountPasswordResetEvent;
import com.lifeos.api.account.AccountProfileUpdatedEvent;
import com.lifeos.api.account.AccountRegisteredEvent;
import com.lifeos.api.account.AccountSettingChangedEvent;
import com.lifeos.api.account.AccountSettingRemovedEvent;
import com.lifeos.api.account.AccountSettingsChangedEvent;
import com.lifeos.api.audit.UserTimelineReadEvent;
import com.lifeos.api.finance.BudgetRemovedEvent;
import com.lifeos.api.finance.BudgetSetEvent;
import com.lifeos.api.finance.FinancialRecordChangedEvent;
import com.lifeos.api.finance.FinancialRecordCreatedEvent;
import com.lifeos.api.finance.FinancialRecordDeletedEvent;
import com.lifeos.api.finance.FinancialRecordDetails;
import com.lifeos.api.finance.FinancialRecordType;
import com.lifeos.api.goal.GoalCompletedEvent;
import com.lifeos.api.goal.GoalCreatedEvent;
import com.lifeos.api.goal.GoalPriority;
import com.lifeos.api.goal.GoalProgressUpdatedEvent;
import com.lifeos.api.goal.GoalChangedEvent;
import com.lifeos.api.goal.GoalDeletedEvent;
import com.lifeos.api.goal.GoalStatus;
import com.lifeos.api.goal.GoalStatusChangedEvent;
import com.lifeos.api.goal.GoalReopenedEvent;
import com.lifeos.api.habit.HabitChangedEvent;
import com.lifeos.api.habit.HabitCheckInUndoneEvent;
import com.lifeos.api.habit.HabitCheckedInEvent;
import com.lifeos.api.habit.HabitCreatedEvent;
import com.lifeos.api.habit.HabitDefinition;
import com.lifeos.api.habit.HabitDeletedEvent;
import com.lifeos.api.habit.HabitFrequency;
import com.lifeos.api.learning.LearningSessionChangedEvent;
import com.lifeos.api.learning.LearningSessionDeletedEvent;
import com.lifeos.api.learning.LearningSessionDetails;
import com.lifeos.api.learning.LearningSessionLoggedEvent;
import com.lifeos.api.journal.JournalEntryChangedEvent;
import com.lifeos.api.journal.JournalEntryDeletedEvent;
import com.lifeos.api.journal.JournalEntryDetails;
import com.lifeos.api.journal.JournalEntryWrittenEvent;
import com.lifeos.api.journal.JournalMood;
import com.lifeos.api.health.HealthMetricChangedEvent;
import com.lifeos.api.health.HealthMetricDeletedEvent;
import com.lifeos.api.health.HealthMetricRecordedEvent;
import com.lifeos.api.relationship.RelationshipChangedEvent;
import com.lifeos.api.relationship.RelationshipCreatedEvent;
import com.lifeos.api.relationship.RelationshipDeletedEvent;
import com.lifeos.api.relationship.RelationshipDetails;
import com.lifeos.api.relationship.RelationshipInteractionRecordedEvent;
import com.lifeos.api.relationship.RelationshipLastContactCorrectedEvent;
import com.lifeos.api.relationship.RelationshipNextContactPlannedEvent;
import com.lifeos.api.project.ProjectChangedEvent;
import com.lifeos.api.project.ProjectCompletedEvent;
import com.lifeos.api.project.ProjectCreatedEvent;
import com.lifeos.api.project.ProjectDeletedEvent;
import com.lifeos.api.project.ProjectLinkedToGoalEvent;
import com.lifeos.api.project.ProjectPriority;
import com.lifeos.api.project.ProjectProgressUpdatedEvent;
import com.lifeos.api.project.ProjectReopenedEvent;
import com.lifeos.api.project.ProjectStatus;
import com.lifeos.api.project.ProjectStatusChangedEvent;
import com.lifeos.api.project.ProjectUnlinkedFromGoalEvent;
import com.lifeos.api.shared.SealedText;
import com.lifeos.api.time.TimeEntryChangedEvent;
import com.lifeos.api.time.TimeEntryCreatedEvent;
import com.lifeos.api.time.TimeEntryDeletedEvent;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Events are stored for ever, so their JSON is a contract: each event's JSON must match the approved
 * file under {@code src/test/resources/approved}. A missing file is written and the test fails until
 * it has been reviewed and committed.
 */
class EventJsonApprovalTest {

    private static final Path APPROVED = Path.of("src", "test", "resources", "approved");

    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID AUDITOR = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID HABIT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID CHECK_IN = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID GOAL = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final LocalDate DATE = LocalDate.of(2025, 3, 14);
    private static final UUID RELATIONSHIP = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID INTERACTION = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID LEARNING_SESSION = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID JOURNAL_ENTRY = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID TIME_ENTRY = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID HEALTH_METRIC = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID FINANCIAL_RECORD = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID BUDGET = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
    private static final UUID SUGGESTION = UUID.fromString("00000000-0000-0000-0000-0000000000f3");
    private static final FinancialRecordDetails GROCERIES = new FinancialRecordDetails(FinancialRecordType.EXPENSE,
            new BigDecimal("42.50"), "EUR", "Groceries", new SealedText("v1.c2VhbGVkLWdyb2Nlcmllcw=="), DATE);

    private static final RelationshipDetails OLD_FRIEND = new RelationshipDetails(
            new SealedText("v1.c2VhbGVkLW5hbWU="), "friend", new SealedText("v1.c2VhbGVkLW5vdGVz"), 30);

    private static final HabitDefinition WEEKLY_READING = new HabitDefinition("Read", "Twenty pages", "mind",
            HabitFrequency.WEEKLY, 3, null, LocalTime.of(21, 30), true);
    // One day only: daysOfWeek is an immutable Set whose iteration order, and so its JSON, changes between JVM runs.
    private static final HabitDefinition MONDAY_RUNS = new HabitDefinition("Run", null, null,
            HabitFrequency.WEEKDAYS, null, Set.of(DayOfWeek.MONDAY), null, false);

    /** One example of every event in {@code api}, with fixed values. */
    private static final List<Record> EXAMPLES = List.of(
            // One role only, for the same reason as MONDAY_RUNS below.
            new AccountRegisteredEvent(USER, Set.of("USER"), ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY),
            new AccountSettingsChangedEvent(USER, ZoneId.of("Asia/Tokyo"), DayOfWeek.SUNDAY),
            new AccountProfileUpdatedEvent(USER),
            new AccountPasswordResetEvent(USER),
            new AccountSettingChangedEvent(USER, "currency", "EUR"),
            new AccountSettingRemovedEvent(USER, "currency"),
            new AccountErasedEvent(USER),
            new UserTimelineReadEvent(AUDITOR, USER),
            new GoalCreatedEvent(GOAL, USER, "Run a marathon", "Under four hours", "health",
                    LocalDate.of(2025, 12, 31), GoalPriority.HIGH, LocalDate.of(2025, 3, 1)),
            new GoalProgressUpdatedEvent(GOAL, USER, 40, new SealedText("v1.Zm9yIHRoZSBvd25lciBvbmx5")),
            new GoalChangedEvent(GOAL, USER, "Run a marathon", "Under 3:59", "health", LocalDate.of(2026, 4, 30),
                    GoalPriority.MEDIUM, LocalDate.of(2025, 2, 15)),
            new GoalStatusChangedEvent(GOAL, USER, GoalStatus.PAUSED),
            new GoalDeletedEvent(GOAL, USER),
            new GoalCompletedEvent(GOAL, USER),
            new GoalReopenedEvent(GOAL, USER),
            new ProjectCreatedEvent(PROJECT, USER, "Kitchen renovation", "New counters and lights",
                    LocalDate.of(2025, 9, 30), ProjectPriority.HIGH, GOAL, LocalDate.of(2025, 3, 1)),
            new ProjectChangedEvent(PROJECT, USER, "Kitchen renovation", "Counters only", LocalDate.of(2025, 10, 31),
                    ProjectPriority.MEDIUM, LocalDate.of(2025, 2, 15)),
            new ProjectLinkedToGoalEvent(PROJECT, USER, GOAL),
            new ProjectUnlinkedFromGoalEvent(PROJECT, USER, GOAL),
            new ProjectProgressUpdatedEvent(PROJECT, USER, 60, new SealedText("v1.Y291bnRlcnMgb3JkZXJlZA==")),
            new ProjectStatusChangedEvent(PROJECT, USER, ProjectStatus.ON_HOLD),
            new ProjectCompletedEvent(PROJECT, USER),
            new ProjectReopenedEvent(PROJECT, USER),
            new ProjectDeletedEvent(PROJECT, USER),
            new HabitCreatedEvent(HABIT, USER, WEEKLY_READING),
            new HabitChangedEvent(HABIT, USER, MONDAY_RUNS),
            new HabitCheckedInEvent(HABIT, USER, CHECK_IN, DATE, "Europe/Berlin",
                    new SealedText("v1.1.bm9uY2UtYW5kLWNpcGhlcnRleHQ=")),
            new HabitCheckInUndoneEvent(HABIT, USER, CHECK_IN, DATE),
            new HabitDeletedEvent(HABIT, USER),
            new RelationshipCreatedEvent(RELATIONSHIP, USER, OLD_FRIEND, DATE, null),
            new RelationshipChangedEvent(RELATIONSHIP, USER, new RelationshipDetails(
                    new SealedText("v1.cmVuYW1lZA=="), null, null, null)),
            new RelationshipLastContactCorrectedEvent(RELATIONSHIP, USER, DATE.minusDays(3)),
            new RelationshipNextContactPlannedEvent(RELATIONSHIP, USER, DATE.plusDays(10)),
            new RelationshipInteractionRecordedEvent(RELATIONSHIP, USER, INTERACTION, DATE, "Europe/Berlin", "call",
                    new SealedText("v1.c2VhbGVkLWNhbGwtbm90ZXM=")),
            new RelationshipDeletedEvent(RELATIONSHIP, USER),
            new LearningSessionLoggedEvent(LEARNING_SESSION, USER, new LearningSessionDetails("SQL basics",
                    "Coursera", 45, 30, DATE, new SealedText("v1.c2VhbGVkLWxlYXJuaW5nLW5vdGVz")), "Asia/Tokyo"),
            new LearningSessionChangedEvent(LEARNING_SESSION, USER, new LearningSessionDetails("SQL basics", null,
                    60, 100, DATE.minusDays(1), null)),
            new LearningSessionDeletedEvent(LEARNING_SESSION, USER),
            new JournalEntryWrittenEvent(JOURNAL_ENTRY, USER, new JournalEntryDetails(DATE,
                    new SealedText("v1.c2VhbGVkLWpvdXJuYWw="), 512, JournalMood.GOOD, List.of("work", "Family"), true),
                    "Europe/Berlin"),
            new JournalEntryChangedEvent(JOURNAL_ENTRY, USER, new JournalEntryDetails(DATE.minusDays(1),
                    new SealedText("v1.cmV3cml0dGVu"), 9, null, List.of(), false)),
            new JournalEntryDeletedEvent(JOURNAL_ENTRY, USER),
            new TimeEntryCreatedEvent(TIME_ENTRY, USER, "Writing the report", "work",
                    Instant.parse("2025-03-14T08:30:00Z"), Instant.parse("2025-03-14T10:00:00Z"), 90, 8, DATE,
                    "Europe/Berlin"),
            new TimeEntryChangedEvent(TIME_ENTRY, USER, "Writing the report", null, null, null, 75, null, DATE,
                    "Europe/Berlin"),
            new TimeEntryDeletedEvent(TIME_ENTRY, USER),
            new HealthMetricRecordedEvent(HEALTH_METRIC, USER, "weight", new BigDecimal("176.40"), "lb",
                    Instant.parse("2025-03-13T23:30:00.123456Z"), DATE, "Asia/Tokyo",
                    new SealedText("v1.YWZ0ZXIgYnJlYWtmYXN0")),
            new HealthMetricChangedEvent(HEALTH_METRIC, USER, "weight", new BigDecimal("80.00"), "kg",
                    Instant.parse("2025-03-14T06:00:00Z"), DATE, "Europe/Berlin", null),
            new HealthMetricDeletedEvent(HEALTH_METRIC, USER),
            new FinancialRecordCreatedEvent(FINANCIAL_RECORD, USER, GROCERIES),
            new FinancialRecordChangedEvent(FINANCIAL_RECORD, USER, new FinancialRecordDetails(
                    FinancialRecordType.INCOME, new BigDecimal("1200.00"), "USD", "Salary", null, DATE.minusDays(1))),
            new FinancialRecordDeletedEvent(FINANCIAL_RECORD, USER),
            new BudgetSetEvent(BUDGET, USER, "Groceries", YearMonth.of(2025, 3), new BigDecimal("400.00"), "EUR"),
            new BudgetRemovedEvent(BUDGET, USER),
            new SuggestionOfferedEvent(SUGGESTION, USER, SuggestionKind.GOAL, SuggestionSource.MODEL, "gpt-4o-mini",
                    new SealedText("v1.c2VhbGVkLXN1Z2dlc3Rpb24=")),
            new SuggestionAcceptedEvent(SUGGESTION, USER, SuggestionKind.GOAL, GOAL));

    /** Configured like the application's {@code defaultAxonObjectMapper}. */
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ObjectWriter prettyWriter = mapper.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    static Stream<Named<Record>> examples() {
        return EXAMPLES.stream().map(event -> Named.of(event.getClass().getSimpleName(), event));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eventJsonMatchesTheApprovedFile(Record event) throws IOException {
        String json = prettyWriter.writeValueAsString(event) + "\n";
        Path approvedFile = APPROVED.resolve(event.getClass().getSimpleName() + ".json");

        if (Files.notExists(approvedFile)) {
            Files.createDirectories(APPROVED);
            Files.writeString(approvedFile, json, StandardCharsets.UTF_8);
            fail("Wrote " + approvedFile.toAbsolutePath() + ": review it, commit it and run the test again");
        }
        String approved = Files.readString(approvedFile, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(json).as("JSON of %s (a stored event: change it only with @Revision and an upcaster)",
                event.getClass().getSimpleName()).isEqualTo(approved);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eventJsonReadsBackIntoAnEqualEvent(Record event) throws IOException {
        String json = mapper.writeValueAsString(event);

        assertThat(mapper.readValue(json, event.getClass())).isEqualTo(event);
    }

    /** Start dates came later: goals and projects stored before them read back with none. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {GoalCreatedEvent.class, GoalChangedEvent.class, ProjectCreatedEvent.class,
            ProjectChangedEvent.class})
    void anEventStoredBeforeStartDatesReadsWithoutOne(Class<? extends Record> type) throws IOException {
        Record example = EXAMPLES.stream().filter(type::isInstance).findFirst().orElseThrow();
        ObjectNode stored = mapper.valueToTree(example);
        stored.remove("startDate");

        Record read = mapper.treeToValue(stored, type);

        assertThat(mapper.valueToTree(read).path("startDate").isNull()).isTrue();
        assertThat(mapper.writeValueAsString(read).replace(",\"startDate\":null", ""))
                .isEqualTo(mapper.writeValueAsString(stored));
    }

    @Test
    void everyEventHasAnApprovedExample() throws IOException, URISyntaxException {
        List<String> exampled = EXAMPLES.stream().map(event -> event.getClass().getName()).toList();

        assertThat(eventClasses()).map(Class::getName).containsExactlyInAnyOrderElementsOf(exampled);
    }

    @Test
    void everyEventIsATopLevelRecord() throws IOException, URISyntaxException {
        assertThat(eventClasses())
                .isNotEmpty()
                .allSatisfy(event -> {
                    assertThat(event.isRecord()).as("%s is a record", event.getName()).isTrue();
                    assertThat(event.getEnclosingClass()).as("%s is top-level", event.getName()).isNull();
                });
    }

    /** Every class compiled from {@code api}'s sources whose simple name ends in "Event", nested ones included. */
    private static List<Class<?>> eventClasses() throws IOException, URISyntaxException {
        Path classesRoot = Path.of(HabitCreatedEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path apiPackage = classesRoot.resolve(EventJsonApprovalTest.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.walk(apiPackage)) {
            return files.map(file -> classesRoot.relativize(file).toString())
                    .filter(file -> file.endsWith(".class"))
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                    .filter(className -> className.substring(className.lastIndexOf('$') + 1).endsWith("Event"))
                    .map(EventJsonApprovalTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, EventJsonApprovalTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
