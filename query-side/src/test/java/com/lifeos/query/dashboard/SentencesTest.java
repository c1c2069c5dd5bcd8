package com.lifeos.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentencesTest {

    // 23:30 in Tokyo on 2026-03-15
    private static final Instant AT = Instant.parse("2026-03-15T14:30:00Z");
    private static final LocalDate TOKYO_TODAY = LocalDate.of(2026, 3, 15);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);
    private static final String TOKYO = "Asia/Tokyo";

    static Stream<Arguments> everyKind() {
        return Stream.of(
                told("HabitCreated", titled("Read"), "Started the habit 'Read'"),
                told("HabitChanged", titled("Read"), "Changed the habit 'Read'"),
                told("HabitCheckedIn", titled("Read").on(TOKYO_TODAY, TOKYO), "Checked in 'Read'"),
                told("HabitCheckedIn", titled("Read").on(DAY, TOKYO), "Checked in 'Read' for 2026-03-14"),
                told("HabitCheckedIn", fact().on(TOKYO_TODAY, TOKYO), "Checked in (unknown)"),
                told("HabitCheckInUndone", titled("Read").on(DAY, null), "Undid the check-in of 'Read' on 2026-03-14"),
                told("HabitDeleted", titled("Read"), "Deleted the habit 'Read'"),
                told("GoalCreated", titled("Run"), "Set the goal 'Run'"),
                told("GoalChanged", titled("Run"), "Changed the goal 'Run'"),
                told("GoalProgressUpdated", titled("Run").amount("40.00"), "Moved the goal 'Run' to 40 %"),
                told("GoalStatusChanged", titled("Run").label("PAUSED"), "Paused the goal 'Run'"),
                told("GoalStatusChanged", titled("Run").label("ABANDONED"), "Abandoned the goal 'Run'"),
                told("GoalCompleted", titled("Run"), "Completed the goal 'Run'"),
                told("GoalReopened", titled("Run"), "Reopened the goal 'Run'"),
                told("GoalDeleted", titled("Run"), "Deleted the goal 'Run'"),
                told("ProjectCreated", titled("Shed"), "Started the project 'Shed'"),
                told("ProjectChanged", titled("Shed"), "Changed the project 'Shed'"),
                told("ProjectProgressUpdated", titled("Shed").amount("100.00"), "Moved the project 'Shed' to 100 %"),
                told("ProjectStatusChanged", titled("Shed").label("ON_HOLD"), "Paused the project 'Shed'"),
                told("ProjectStatusChanged", titled("Shed").label("ACTIVE"), "Resumed the project 'Shed'"),
                told("ProjectStatusChanged", titled("Shed").label("CANCELLED"), "Cancelled the project 'Shed'"),
                told("ProjectCompleted", titled("Shed"), "Completed the project 'Shed'"),
                told("ProjectReopened", titled("Shed"), "Reopened the project 'Shed'"),
                told("ProjectDeleted", titled("Shed"), "Deleted the project 'Shed'"),
                told("ProjectLinkedToGoal", titled("Shed").detail("Run"), "Linked the project 'Shed' to the goal 'Run'"),
                told("ProjectUnlinkedFromGoal", titled("Shed").detail("Run"),
                        "Unlinked the project 'Shed' from the goal 'Run'"),
                told("RelationshipCreated", fact(), "Added {subject} to your contacts"),
                told("RelationshipChanged", fact(), "Updated the contact {subject}"),
                told("RelationshipInteractionRecorded", fact().label("call").on(TOKYO_TODAY, TOKYO), "Called {subject}"),
                told("RelationshipInteractionRecorded", fact().label("Text").on(DAY, TOKYO),
                        "Messaged {subject} on 2026-03-14"),
                told("RelationshipInteractionRecorded", fact().label("visit").on(TOKYO_TODAY, TOKYO), "Met {subject}"),
                told("RelationshipInteractionRecorded", fact().label("email").on(TOKYO_TODAY, TOKYO),
                        "E-mailed {subject}"),
                told("RelationshipInteractionRecorded", fact().on(TOKYO_TODAY, TOKYO), "Was in touch with {subject}"),
                told("RelationshipInteractionRecorded", fact().label("dinner").on(TOKYO_TODAY, TOKYO),
                        "Was in touch (dinner) with {subject}"),
                told("RelationshipLastContactCorrected", fact().on(DAY, null),
                        "Set the last contact with {subject} to 2026-03-14"),
                told("RelationshipNextContactPlanned", fact().on(DAY, null), "Planned to contact {subject} on 2026-03-14"),
                told("RelationshipNextContactPlanned", fact(), "Planned to contact {subject} again"),
                told("RelationshipDeleted", fact(), "Removed {subject} from your contacts"),
                told("LearningSessionLogged", titled("SQL").amount("75.00").label("edX"),
                        "Studied 'SQL' for 1 h 15 min on edX"),
                told("LearningSessionLogged", titled("SQL").amount("120.00"), "Studied 'SQL' for 2 h"),
                told("LearningSessionChanged", titled("SQL"), "Changed a learning session of 'SQL'"),
                told("LearningSessionDeleted", fact(), "Deleted a learning session"),
                told("FinancialRecordCreated", titled("Groceries").label("expense").money("42.50", "EUR").on(TOKYO_TODAY, null),
                        "Spent 42.50 EUR on Groceries"),
                told("FinancialRecordCreated", titled("Salary").label("income").money("3000.00", "EUR")
                        .on(LocalDate.of(2026, 1, 25), null), "Received 3000.00 EUR from Salary, dated 2026-01-25"),
                told("FinancialRecordChanged", titled("Food").label("expense").money("9.00", "USD").on(DAY, null),
                        "Changed an expense of 9.00 USD (Food)"),
                told("FinancialRecordChanged", titled("Salary").label("income").money("10.00", "USD").on(DAY, null),
                        "Changed an income of 10.00 USD (Salary)"),
                told("FinancialRecordDeleted", fact(), "Deleted a financial record"),
                told("BudgetSet", titled("Food").money("300.00", "EUR").on(LocalDate.of(2026, 3, 1), null),
                        "Set the Food budget for 2026-03 to 300.00 EUR"),
                told("BudgetRemoved", fact(), "Removed a budget"),
                told("HealthMetricRecorded", fact().label("steps").amount("9000.00").unit("count"), "Logged steps: 9000"),
                told("HealthMetricRecorded", fact().label("body_fat").amount("21.50").unit("%"), "Logged body fat: 21.5 %"),
                told("HealthMetricChanged", fact().label("blood_pressure"), "Corrected a blood pressure reading"),
                told("HealthMetricDeleted", fact(), "Deleted a health reading"),
                told("TimeEntryCreated", titled("Writing").amount("30.00").on(TOKYO_TODAY, TOKYO), "Spent 30 min on 'Writing'"),
                told("TimeEntryCreated", titled("Writing").amount("60.00").on(DAY, TOKYO),
                        "Spent 1 h on 'Writing' on 2026-03-14"),
                told("TimeEntryChanged", titled("Writing"), "Changed the time entry 'Writing'"),
                told("TimeEntryDeleted", fact(), "Deleted a time entry"),
                told("JournalEntryWritten", fact().on(TOKYO_TODAY, TOKYO), "Wrote in the journal"),
                told("JournalEntryWritten", fact().label("great").on(DAY, TOKYO),
                        "Wrote in the journal, feeling great for 2026-03-14"),
                told("JournalEntryChanged", fact().on(DAY, null), "Edited the journal entry of 2026-03-14"),
                told("JournalEntryDeleted", fact(), "Deleted a journal entry"),
                told("AccountRegistered", fact(), "Joined LifeOS"),
                told("AccountSettingsChanged", fact().label("SUNDAY").on(null, "Europe/Berlin"),
                        "Set the time zone to Europe/Berlin and weeks to start on Sunday"),
                told("AccountSettingChanged", titled("currency").detail("EUR"), "Set currency to 'EUR'"),
                told("AccountSettingRemoved", titled("currency"), "Cleared currency"),
                told("AccountProfileUpdated", fact(), "Updated the profile"),
                told("AccountPasswordReset", fact(), "Reset the password"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("everyKind")
    void eachKindOfFactIsToldAsOneSentence(String kind, Fact fact, String sentence) {
        assertThat(Sentences.of(fact.of(kind))).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void evenAtTheColumnsFullWidthEverySentenceFitsItsLine(String kind, Fact fact, String sentence) {
        Fact widest = fact.title(fact.title == null ? null : "t".repeat(255))
                .detail(fact.detail == null ? null : "d".repeat(255));
        assertThat(Sentences.of(widest.of(kind))).hasSizeLessThan(300);
    }

    @Test
    void longTitlesAndValuesAreCutWithAnEllipsis() {
        String told = Sentences.of(titled("k".repeat(100)).detail("x".repeat(255)).of("AccountSettingChanged"));

        assertThat(told).hasSizeLessThan(200).endsWith("…'").contains("k".repeat(79) + "… to");
    }

    private static Arguments told(String kind, Fact fact, String sentence) {
        return Arguments.of(kind, fact, sentence);
    }

    private static Fact fact() {
        return new Fact(null, null, null, null, null, null, null, null);
    }

    private static Fact titled(String title) {
        return fact().title(title);
    }

    /** What a line of the feed holds, built up one field at a time. */
    record Fact(String title, String detail, String label, BigDecimal amount, String currency, String unit,
                LocalDate date, String zone) {

        Fact title(String value) {
            return new Fact(value, detail, label, amount, currency, unit, date, zone);
        }

        Fact detail(String value) {
            return new Fact(title, value, label, amount, currency, unit, date, zone);
        }

        Fact label(String value) {
            return new Fact(title, detail, value, amount, currency, unit, date, zone);
        }

        Fact amount(String value) {
            return new Fact(title, detail, label, new BigDecimal(value), currency, unit, date, zone);
        }

        Fact money(String value, String code) {
            return new Fact(title, detail, label, new BigDecimal(value), code, unit, date, zone);
        }

        Fact unit(String value) {
            return new Fact(title, detail, label, amount, currency, value, date, zone);
        }

        Fact on(LocalDate day, String zoneId) {
            return new Fact(title, detail, label, amount, currency, unit, day, zoneId);
        }

        ActivityFact of(String kind) {
            return new ActivityFact(kind, AT, title, detail, label, amount, currency, unit, date, zone);
        }
    }
}
