package com.lifeos.query.dashboard;

import static com.lifeos.query.dashboard.Wording.clipped;
import static com.lifeos.query.dashboard.Wording.dated;
import static com.lifeos.query.dashboard.Wording.interaction;
import static com.lifeos.query.dashboard.Wording.minutes;
import static com.lifeos.query.dashboard.Wording.money;
import static com.lifeos.query.dashboard.Wording.onAnotherDay;
import static com.lifeos.query.dashboard.Wording.quoted;
import static com.lifeos.query.dashboard.Wording.spokenUnit;
import static com.lifeos.query.dashboard.Wording.statusVerb;

import java.time.YearMonth;

/**
 * Each fact a person recorded, told as one sentence for their recent activity ("Checked in 'Read 20 pages'"),
 * chosen when it is read, so the wording can change without a replay. Private text (a contact's name) is named by
 * {@value #SUBJECT}, put in its place for the owner only.
 */
final class Sentences {

    static final String SUBJECT = "{subject}";

    private Sentences() {
    }

    static String of(ActivityFact f) {
        return switch (f.kind()) {
            case "HabitCreated" -> "Started the habit " + quoted(f.title());
            case "HabitChanged" -> "Changed the habit " + quoted(f.title());
            case "HabitCheckedIn" -> "Checked in " + quoted(f.title()) + onAnotherDay(f, " for ");
            case "HabitCheckInUndone" -> "Undid the check-in of " + quoted(f.title()) + " on " + f.date();
            case "HabitDeleted" -> "Deleted the habit " + quoted(f.title());
            case "GoalCreated" -> "Set the goal " + quoted(f.title());
            case "GoalChanged", "ProjectChanged" -> "Changed the " + noun(f) + " " + quoted(f.title());
            case "GoalProgressUpdated", "ProjectProgressUpdated" -> "Moved the " + noun(f) + " " + quoted(f.title())
                    + " to " + f.amount().stripTrailingZeros().toPlainString() + " %";
            case "GoalStatusChanged", "ProjectStatusChanged" -> statusVerb(f.label()) + " the " + noun(f) + " "
                    + quoted(f.title());
            case "GoalCompleted", "ProjectCompleted" -> "Completed the " + noun(f) + " " + quoted(f.title());
            case "GoalReopened", "ProjectReopened" -> "Reopened the " + noun(f) + " " + quoted(f.title());
            case "GoalDeleted", "ProjectDeleted" -> "Deleted the " + noun(f) + " " + quoted(f.title());
            case "ProjectCreated" -> "Started the project " + quoted(f.title());
            case "ProjectLinkedToGoal" -> "Linked the project " + quoted(f.title()) + " to the goal "
                    + quoted(f.detail());
            case "ProjectUnlinkedFromGoal" -> "Unlinked the project " + quoted(f.title()) + " from the goal "
                    + quoted(f.detail());
            case "RelationshipCreated" -> "Added " + SUBJECT + " to your contacts";
            case "RelationshipChanged" -> "Updated the contact " + SUBJECT;
            case "RelationshipInteractionRecorded" -> interaction(f.label()) + " " + SUBJECT
                    + onAnotherDay(f, " on ");
            case "RelationshipLastContactCorrected" -> "Set the last contact with " + SUBJECT + " to " + f.date();
            case "RelationshipNextContactPlanned" -> "Planned to contact " + SUBJECT
                    + (f.date() == null ? " again" : " on " + f.date());
            case "RelationshipDeleted" -> "Removed " + SUBJECT + " from your contacts";
            case "LearningSessionLogged" -> "Studied " + quoted(f.title()) + " for " + minutes(f.amount())
                    + (f.label() == null ? "" : " on " + clipped(f.label()));
            case "LearningSessionChanged" -> "Changed a learning session of " + quoted(f.title());
            case "LearningSessionDeleted" -> "Deleted a learning session";
            case "FinancialRecordCreated" -> (income(f) ? "Received " : "Spent ") + money(f)
                    + (income(f) ? " from " : " on ") + clipped(f.title()) + dated(f);
            case "FinancialRecordChanged" -> "Changed " + (income(f) ? "an income" : "an expense") + " of "
                    + money(f) + " (" + clipped(f.title()) + ")";
            case "FinancialRecordDeleted" -> "Deleted a financial record";
            case "BudgetSet" -> "Set the " + clipped(f.title()) + " budget for " + YearMonth.from(f.date()) + " to "
                    + money(f);
            case "BudgetRemoved" -> "Removed a budget";
            case "HealthMetricRecorded" -> "Logged " + f.label().replace('_', ' ') + ": "
                    + f.amount().stripTrailingZeros().toPlainString() + spokenUnit(f.unit());
            case "HealthMetricChanged" -> "Corrected a " + f.label().replace('_', ' ') + " reading";
            case "HealthMetricDeleted" -> "Deleted a health reading";
            case "TimeEntryCreated" -> "Spent " + minutes(f.amount()) + " on " + quoted(f.title())
                    + onAnotherDay(f, " on ");
            case "TimeEntryChanged" -> "Changed the time entry " + quoted(f.title());
            case "TimeEntryDeleted" -> "Deleted a time entry";
            case "JournalEntryWritten" -> "Wrote in the journal" + (f.label() == null ? "" : ", feeling " + f.label())
                    + onAnotherDay(f, " for ");
            case "JournalEntryChanged" -> "Edited the journal entry of " + f.date();
            case "JournalEntryDeleted" -> "Deleted a journal entry";
            case "AccountRegistered" -> "Joined LifeOS";
            case "AccountSettingsChanged" -> "Set the time zone to " + f.zone() + " and weeks to start on "
                    + Wording.capitalised(f.label());
            case "AccountSettingChanged" -> "Set " + clipped(f.title()) + " to " + quoted(f.detail());
            case "AccountSettingRemoved" -> "Cleared " + clipped(f.title());
            case "AccountProfileUpdated" -> "Updated the profile";
            case "AccountPasswordReset" -> "Reset the password";
            default -> "Recorded " + f.kind();
        };
    }

    private static String noun(ActivityFact fact) {
        return fact.kind().startsWith("Goal") ? "goal" : "project";
    }

    private static boolean income(ActivityFact fact) {
        return "income".equals(fact.label());
    }
}
