package com.lifeos.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.lifeos.api.account.SetAccountSettingCommand;
import com.lifeos.api.finance.CreateFinancialRecordCommand;
import com.lifeos.api.finance.FinancialRecordDetails;
import com.lifeos.api.finance.FinancialRecordType;
import com.lifeos.api.finance.SetBudgetCommand;
import com.lifeos.api.goal.ChangeGoalCommand;
import com.lifeos.api.goal.CreateGoalCommand;
import com.lifeos.api.goal.GoalPriority;
import com.lifeos.api.goal.GoalStatus;
import com.lifeos.api.goal.UpdateGoalProgressCommand;
import com.lifeos.api.habit.CheckInHabitCommand;
import com.lifeos.api.habit.CreateHabitCommand;
import com.lifeos.api.habit.HabitDefinition;
import com.lifeos.api.habit.HabitFrequency;
import com.lifeos.api.health.RecordHealthMetricCommand;
import com.lifeos.api.journal.JournalEntryDetails;
import com.lifeos.api.journal.JournalMood;
import com.lifeos.api.journal.WriteJournalEntryCommand;
import com.lifeos.api.learning.LearningSessionDetails;
import com.lifeos.api.learning.LogLearningSessionCommand;
import com.lifeos.api.project.ChangeProjectCommand;
import com.lifeos.api.project.CreateProjectCommand;
import com.lifeos.api.project.ProjectPriority;
import com.lifeos.api.project.ProjectStatus;
import com.lifeos.api.project.UpdateProjectProgressCommand;
import com.lifeos.api.relationship.CreateRelationshipCommand;
import com.lifeos.api.relationship.RecordRelationshipInteractionCommand;
import com.lifeos.api.relationship.RelationshipDetails;
import com.lifeos.api.time.CreateTimeEntryCommand;
import com.lifeos.api.time.TimeEntryTiming;
import com.lifeos.app.crypto.PrivateText;
import com.lifeos.app.finance.BudgetIds;
import com.lifeos.identity.account.AccountCommands;
import org.springframework.stereotype.Component;

/**
 * A believable stretch of one person's life, written through the commands the API sends: habits kept with
 * streaks and lapses, goals and projects at every stage, contacts kept on rhythm or let slip. The same random
 * seed gives the same history, so demo accounts and benchmark data sets can be compared. Every id is derived from
 * the account's id, so any number of accounts can hold a history side by side, whatever their seeds.
 */
@Component
public class DemoHistory {

    private static final String CURRENCY = "EUR";

    private final AccountCommands commands;
    private final PrivateText privateText;

    DemoHistory(AccountCommands commands, PrivateText privateText) {
        this.commands = commands;
        this.privateText = privateText;
    }

    /** Writes {@code days} days of history up to {@code now}; answers how many commands it sent. */
    public int write(UUID userId, ZoneId zone, Instant now, int days, Random random) {
        Writer writer = new Writer(userId, zone, now, days, random);
        writer.send(new SetAccountSettingCommand(userId, "currency", CURRENCY));
        habits(writer);
        goalsAndProjects(writer);
        relationships(writer);
        learning(writer);
        journal(writer);
        time(writer);
        health(writer);
        finance(writer);
        return writer.sent;
    }

    private void habits(Writer w) {
        habit(w, "Read 20 pages", "learning", HabitFrequency.DAILY, null, Set.of(), 0.85, 0.45);
        habit(w, "Meditate 10 minutes", "mind", HabitFrequency.DAILY, null, Set.of(), 0.7, 0.35);
        habit(w, "Stretch", "health", HabitFrequency.WEEKDAYS, null,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 0.8, 0.5);
        habit(w, "Run", "health", HabitFrequency.WEEKLY, 3, Set.of(), 0.45, 0.4);
        habit(w, "Weekly review", "productivity", HabitFrequency.WEEKLY, 1, Set.of(), 0.2, 0.15);
    }

    /**
     * Check-ins follow a simple rhythm with memory: after a done day the habit is kept with {@code keep}, after a
     * missed one picked up again with {@code resume}, which gives streaks and gaps like a person's.
     */
    private void habit(Writer w, String title, String category, HabitFrequency frequency, Integer perWeek,
                       Set<DayOfWeek> days, double keep, double resume) {
        UUID habitId = w.id();
        w.send(new CreateHabitCommand(habitId, w.userId, new HabitDefinition(title, null, category, frequency,
                perWeek, days, LocalTime.of(20, 0), true)));
        boolean doneBefore = true;
        for (LocalDate day = w.first; !day.isAfter(w.today); day = day.plusDays(1)) {
            if (frequency == HabitFrequency.WEEKDAYS && !days.contains(day.getDayOfWeek())) {
                continue;
            }
            // today is still open: most habits wait for their check-in, which the quick actions then suggest
            boolean done = w.random.nextDouble() < (doneBefore ? keep : resume)
                    && (day.isBefore(w.today) || keep >= 0.85);
            if (done) {
                w.send(new CheckInHabitCommand(habitId, w.userId, w.id(), day, w.today, w.zone.getId(),
                        w.random.nextInt(8) == 0 ? privateText.seal(w.userId, "felt good today") : null));
            }
            doneBefore = done;
        }
    }

    /**
     * Goals and projects begun weeks or months ago (their start dates say so), so they stand differently against
     * their schedules: on track, behind, overdue, just begun (too new for a projection), done and paused. Their
     * progress is entered as the history is written, so schedules pace it evenly from the start date.
     */
    private void goalsAndProjects(Writer w) {
        LocalDate t = w.today;
        UUID marathon = goal(w, "Run a half marathon", "health", t.minusWeeks(12), t.plusMonths(4), GoalPriority.HIGH,
                45);
        goal(w, "Build an emergency fund", "finance", t.minusMonths(5), t.plusMonths(7), GoalPriority.HIGH, 25);
        goal(w, "Speak Spanish at B1", "learning", t.minusMonths(7), t.plusMonths(5), GoalPriority.MEDIUM, 35);
        goal(w, "Declutter the flat", "personal", t.minusMonths(3), t.minusDays(10), GoalPriority.MEDIUM, 70);
        goal(w, "Cook at home five nights a week", "health", t.minusDays(3), t.plusMonths(2), GoalPriority.LOW, 10);
        goal(w, "Run a first 10k", "health", t.minusMonths(7), t.minusMonths(2), GoalPriority.MEDIUM, 100);
        UUID paused = goal(w, "Learn the guitar", "hobby", t.minusMonths(2), null, GoalPriority.LOW, 10);
        w.send(new ChangeGoalCommand(paused, w.userId, null, null, null, null, null, GoalStatus.PAUSED, null, t));

        project(w, "Training plan", t.minusWeeks(12), t.plusMonths(3), ProjectPriority.HIGH, marathon, 60, null);
        project(w, "Kitchen renovation", t.minusDays(40), t.plusDays(45), ProjectPriority.MEDIUM, null, 35, null);
        project(w, "Tax return", t.minusMonths(1), t.minusDays(3), ProjectPriority.HIGH, null, 80, null);
        project(w, "Photo album", t.minusMonths(3), t.minusMonths(1), ProjectPriority.LOW, null, 100, null);
        project(w, "Garden shed", t.minusMonths(5), null, ProjectPriority.LOW, null, 15, ProjectStatus.ON_HOLD);
    }

    private UUID goal(Writer w, String title, String category, LocalDate start, LocalDate target,
                      GoalPriority priority, int progress) {
        UUID goalId = w.id();
        w.send(new CreateGoalCommand(goalId, w.userId, title, null, category, target, priority, start, w.today));
        for (int step : steps(progress)) {
            w.send(new UpdateGoalProgressCommand(goalId, w.userId, step, null));
        }
        return goalId;
    }

    private void project(Writer w, String title, LocalDate start, LocalDate due, ProjectPriority priority,
                         UUID goalId, int progress, ProjectStatus status) {
        UUID projectId = w.id();
        w.send(new CreateProjectCommand(projectId, w.userId, title, null, due, priority, goalId,
                goalId == null ? null : w.userId, start, w.today));
        for (int step : steps(progress)) {
            w.send(new UpdateProjectProgressCommand(projectId, w.userId, step, null));
        }
        if (status != null) {
            w.send(new ChangeProjectCommand(projectId, w.userId, null, null, null, null, status, null, null, false,
                    null, w.today));
        }
    }

    /** Progress reached in a few honest steps rather than one jump. */
    private static List<Integer> steps(int progress) {
        return progress == 0 ? List.of() : List.of(progress / 4, progress / 2, progress * 3 / 4, progress).stream()
                .filter(step -> step > 0).distinct().toList();
    }

    private void relationships(Writer w) {
        contact(w, "Maya", "friend", 14, 0.9);
        contact(w, "Jonas", "friend", 21, 0.5);
        contact(w, "Mum", "family", 7, 0.95);
        contact(w, "Grandpa Theo", "family", 14, 0.6);
        contact(w, "Priya", "colleague", 30, 0.8);
        contact(w, "Sam (mentor)", "mentor", 45, 0.3);
    }

    /** Contacts roughly on rhythm; {@code faithfulness} is how often the next contact really happens in time. */
    private void contact(Writer w, String name, String type, int everyDays, double faithfulness) {
        UUID contactId = w.id();
        w.send(new CreateRelationshipCommand(contactId, w.userId, new RelationshipDetails(
                privateText.seal(w.userId, name), type, null, everyDays), w.first, null, w.today));
        LocalDate next = w.first.plusDays(everyDays);
        // the least faithful contacts were let slip lately, so some are overdue today
        LocalDate lastChance = faithfulness < 0.5 ? w.today.minusDays(2L * everyDays) : w.today;
        while (!next.isAfter(lastChance)) {
            int late = w.random.nextDouble() < faithfulness ? w.random.nextInt(3) : everyDays / 2 + w.random.nextInt(everyDays);
            LocalDate on = next.plusDays(late);
            if (on.isAfter(w.today)) {
                break;
            }
            String kind = List.of("call", "message", "meet").get(w.random.nextInt(3));
            w.send(new RecordRelationshipInteractionCommand(contactId, w.userId, w.id(), on, w.today, w.zone.getId(),
                    kind, null));
            next = on.plusDays(everyDays);
        }
    }

    /**
     * Courses one after another and a language alongside: two to four sessions a week, a finished course with a
     * 100 % session, and the current one part way through.
     */
    private void learning(Writer w) {
        List<String[]> courses = List.of(new String[] {"SQL Basics", "Coursera"},
                new String[] {"Statistics 101", "edX"}, new String[] {"Machine Learning", "Coursera"});
        int courseLength = Math.max(1, w.days() / courses.size());
        int index = 0;
        for (LocalDate day = w.first; !day.isAfter(w.today); day = day.plusDays(1)) {
            int course = Math.min(courses.size() - 1, index++ / courseLength);
            int dayOfCourse = (index - 1) - course * courseLength;
            if (w.random.nextDouble() < 0.35) {
                boolean lastOfCourse = course < courses.size() - 1 && dayOfCourse >= courseLength - 3;
                int progress = lastOfCourse ? 100 : Math.min(95, 100 * dayOfCourse / courseLength);
                w.send(new LogLearningSessionCommand(w.id(), w.userId, new LearningSessionDetails(
                        courses.get(course)[0], courses.get(course)[1], 20 + 5 * w.random.nextInt(13), progress, day,
                        null), w.zone.getId(), w.today));
            }
            if (w.random.nextDouble() < 0.3) {
                w.send(new LogLearningSessionCommand(w.id(), w.userId, new LearningSessionDetails("Spanish",
                        "Duolingo", 10 + 5 * w.random.nextInt(4), null, day, null), w.zone.getId(), w.today));
            }
        }
    }

    /**
     * Working days tracked in blocks from nine: deep work early (scored high), meetings and e-mail later (lower),
     * with the odd evening of side-project time; weekends mostly untracked.
     */
    private void time(Writer w) {
        record Block(String activity, String category, int minutes, int score) {
        }
        List<Block> day = List.of(new Block("Deep work", "work", 120, 8), new Block("Meetings", "work", 60, 5),
                new Block("E-mail", "admin", 45, 4), new Block("Code review", "work", 90, 7));
        for (LocalDate date = w.first; !date.isAfter(w.today); date = date.plusDays(1)) {
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend || w.random.nextDouble() < 0.1) {
                continue;
            }
            Instant start = date.atTime(9, 0).atZone(w.zone).toInstant();
            for (Block block : day) {
                int minutes = block.minutes() - 15 + 15 * w.random.nextInt(3);
                int score = Math.max(1, Math.min(10, block.score() + w.random.nextInt(3) - 1));
                Instant end = start.plusSeconds(60L * minutes);
                if (end.isAfter(w.now)) {
                    break;
                }
                w.send(new CreateTimeEntryCommand(w.id(), w.userId, block.activity(), block.category(),
                        TimeEntryTiming.of(start, end, null), score, date, w.zone.getId(), w.today));
                start = end.plusSeconds(60L * 15 * w.random.nextInt(3));
            }
        }
    }

    /**
     * A salaried month: pay on the 25th, rent on the 1st, bills, groceries twice a week, eating out, the odd
     * purchase; budgets for the everyday categories every month, set tight enough that some months overrun.
     */
    private void finance(Writer w) {
        for (LocalDate date = w.first; !date.isAfter(w.today); date = date.plusDays(1)) {
            if (date.getDayOfMonth() == 1) {
                YearMonth month = YearMonth.from(date);
                budget(w, month, "Groceries", "450.00");
                budget(w, month, "Dining", "180.00");
                budget(w, month, "Shopping", "150.00");
                budget(w, month, "Transport", "60.00");
                money(w, date, FinancialRecordType.EXPENSE, "1250.00", "Rent", "Flat rent");
                money(w, date, FinancialRecordType.EXPENSE, "49.00", "Transport", "Monthly pass");
            }
            if (date.getDayOfMonth() == 25) {
                money(w, date, FinancialRecordType.INCOME, "3800.00", "Salary", "Pay");
            }
            if (date.getDayOfMonth() == 5) {
                money(w, date, FinancialRecordType.EXPENSE, amount(w, 110, 60), "Utilities", "Power and water");
                money(w, date, FinancialRecordType.EXPENSE, "15.99", "Subscriptions", "Streaming");
            }
            if (date.getDayOfWeek() == DayOfWeek.TUESDAY || date.getDayOfWeek() == DayOfWeek.SATURDAY) {
                money(w, date, FinancialRecordType.EXPENSE, amount(w, 35, 60), "Groceries", "Market and supermarket");
            }
            if (w.random.nextDouble() < 0.14) {
                money(w, date, FinancialRecordType.EXPENSE, amount(w, 18, 55), "Dining", "Dinner out");
            }
            if (w.random.nextDouble() < 0.05) {
                money(w, date, FinancialRecordType.EXPENSE, amount(w, 20, 120), "Shopping", "Clothes and things");
            }
            if (w.random.nextDouble() < 0.01) {
                money(w, date, FinancialRecordType.INCOME, amount(w, 80, 300), "Side projects", "Freelance invoice");
            }
        }
    }

    private static String amount(Writer w, int from, int spread) {
        return BigDecimal.valueOf(from * 100L + w.random.nextInt(spread * 100), 2).toPlainString();
    }

    private void money(Writer w, LocalDate date, FinancialRecordType type, String amount, String category,
                       String description) {
        w.send(new CreateFinancialRecordCommand(w.id(), w.userId, new FinancialRecordDetails(type,
                new BigDecimal(amount), CURRENCY, category, privateText.seal(w.userId, description), date), w.today));
    }

    private void budget(Writer w, YearMonth month, String category, String amount) {
        w.send(new SetBudgetCommand(BudgetIds.of(w.userId, category, month), w.userId, category, month,
                new BigDecimal(amount), CURRENCY));
    }

    /**
     * Weight drifting down from 82 kg with day-to-day noise, sleep of six to eight and a half hours, steps that
     * rise on running days, a resting heart rate that improves as fitness grows, water most days.
     */
    private void health(Writer w) {
        int days = w.days();
        int index = 0;
        for (LocalDate date = w.first; !date.isAfter(w.today); date = date.plusDays(1), index++) {
            double fitness = (double) index / days;
            if (w.random.nextDouble() < 0.8) {
                reading(w, date, 7, 15, "weight", 82 - 4 * fitness + w.random.nextGaussian() * 0.4, "kg");
            }
            if (w.random.nextDouble() < 0.9) {
                reading(w, date, 7, 0, "sleep", Math.max(4.5, Math.min(9.5, 7.1 + w.random.nextGaussian() * 0.7)),
                        "hours");
            }
            if (date.isBefore(w.today)) {
                reading(w, date, 22, 0, "steps", Math.max(1500, 7500 + 1500 * fitness + w.random.nextGaussian() * 2500),
                        "count");
            }
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                reading(w, date, 8, 0, "heart_rate", 66 - 6 * fitness + w.random.nextGaussian() * 1.5, "bpm");
            }
            if (w.random.nextDouble() < 0.5) {
                reading(w, date, 21, 30, "water", 1500 + 250 * w.random.nextInt(5), "ml");
            }
        }
    }

    private void reading(Writer w, LocalDate date, int hour, int minute, String type, double value, String unit) {
        Instant at = date.atTime(hour, minute).atZone(w.zone).toInstant();
        if (at.isAfter(w.now)) {
            return;
        }
        BigDecimal amount = type.equals("steps") ? BigDecimal.valueOf(Math.round(value))
                : BigDecimal.valueOf(value).setScale(type.equals("heart_rate") ? 0 : 1, RoundingMode.HALF_UP);
        w.send(new RecordHealthMetricCommand(w.id(), w.userId, type, amount, unit, at, w.zone.getId(), w.now, null));
    }

    /** Entries on most days, moods that drift with the weeks, a handful of recurring tags. */
    private void journal(Writer w) {
        List<String> tags = List.of("work", "family", "health", "gratitude", "learning", "friends", "running");
        double drift = 0;
        for (LocalDate day = w.first; !day.isAfter(w.today.minusDays(1)); day = day.plusDays(1)) {
            drift = Math.max(-1.5, Math.min(1.5, drift + w.random.nextGaussian() * 0.3));
            if (w.random.nextDouble() > 0.6) {
                continue;
            }
            int mood = (int) Math.round(Math.max(0, Math.min(4, 2.6 + drift + w.random.nextGaussian() * 0.8)));
            List<String> picked = tags.stream().filter(tag -> w.random.nextDouble() < 0.25).toList();
            String content = JOURNAL_LINES.get(w.random.nextInt(JOURNAL_LINES.size()));
            w.send(new WriteJournalEntryCommand(w.id(), w.userId, new JournalEntryDetails(day,
                    privateText.seal(w.userId, content), content.codePointCount(0, content.length()),
                    JournalMood.values()[mood], picked, true), w.today, w.zone.getId()));
        }
    }

    private static final List<String> JOURNAL_LINES = List.of(
            "Long day at work, but the evening walk helped.",
            "Called Mum, she sounds well. Cooked the new pasta recipe.",
            "Slept badly. Skipped the run and felt it all day.",
            "Good progress on the course; finally understood window functions.",
            "Dinner with friends, laughed a lot.",
            "Tired and a little stressed about the deadline.",
            "Quiet Sunday. Read in the park for two hours.",
            "Ran 8 km without stopping for the first time.");

    /** The person the history is written for, its dates, its dice, and the command sender that counts. */
    private final class Writer {

        final UUID userId;
        final ZoneId zone;
        final Instant now;
        final LocalDate today;
        final LocalDate first;
        final Random random;
        int sent;
        private long ids;

        Writer(UUID userId, ZoneId zone, Instant now, int days, Random random) {
            this.userId = userId;
            this.zone = zone;
            this.now = now;
            this.today = LocalDate.ofInstant(now, zone);
            this.first = today.minusDays(days - 1L);
            this.random = random;
        }

        int days() {
            return (int) ChronoUnit.DAYS.between(first, today) + 1;
        }

        /** The next id of this account's history: a name-based UUID of the account and the id's place in it. */
        UUID id() {
            return UUID.nameUUIDFromBytes(("lifeos-demo/" + userId + "/" + ++ids).getBytes(StandardCharsets.UTF_8));
        }

        void send(Object command) {
            commands.send(userId, command);
            sent++;
        }
    }
}
