package com.lifeos.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The whole benchmark in one run: data through the demo generator, then write path, read path and growth against the
 * running app, replay at three event counts, and the database's own limits; writes JSON and a Markdown table.
 * Options (all {@code --name=value}): see {@link Options}.
 */
public final class Bench {

    /** What one run does; {@code bench/run} lists the options and what they default to. */
    record Options(String pgUrl, String pgUser, String pgPassword, Path jar, Path results, int port,
                   int events, int populationYears, int longHistoryDays, double seconds, double warmUp, boolean keepDatabase,
                   String database, boolean cloning, String groupsAlone, boolean planOnly) {

        /** The database {@code name} on the server {@code --pg-url} names, signed in to as {@code --pg-user}. */
        Database databaseNamed(String name) {
            return new Database(pgUrl + name, pgUser, pgPassword);
        }

        static Options parse(String[] args) {
            Map<String, String> given = new HashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("options look like --name=value, not " + arg);
                }
                given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            Options options = new Options(given.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/"),
                    given.getOrDefault("pg-user", "postgres"), given.getOrDefault("pg-password", ""),
                    Path.of(given.getOrDefault("jar", "app/target/lifeos.jar")),
                    Path.of(given.getOrDefault("results", "bench/results")),
                    Integer.parseInt(given.getOrDefault("port", "18080")),
                    Integer.parseInt(given.getOrDefault("events", "1000000")),
                    Integer.parseInt(given.getOrDefault("population-years", "3")),
                    Integer.parseInt(given.getOrDefault("long-history-days", "1825")),
                    Double.parseDouble(given.getOrDefault("seconds", "10")),
                    Double.parseDouble(given.getOrDefault("warm-up", "3")),
                    Boolean.parseBoolean(given.getOrDefault("keep-database", "false")),
                    given.get("database"),
                    Boolean.parseBoolean(given.getOrDefault("clone", "true")),
                    given.getOrDefault("groups-alone", "largest"),
                    Boolean.parseBoolean(given.getOrDefault("plan-only", "false")));
            if (!List.of("largest", "smallest", "none").contains(options.groupsAlone())) {
                throw new IllegalArgumentException("--groups-alone is largest, smallest or none, not "
                        + options.groupsAlone());
            }
            given.keySet().removeAll(List.of("pg-url", "pg-user", "pg-password", "jar", "results", "port", "events",
                    "population-years", "long-history-days", "seconds", "warm-up", "keep-database", "database",
                    "clone", "groups-alone", "plan-only"));
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("unknown options " + given.keySet());
            }
            return options;
        }
    }

    private static final String PASSWORD = "lifeos demo";
    private static final String BENCH_PASSWORD = "bench password 1";
    /** The person the replay population is cloned from, and the read path's user. */
    private static final String TEMPLATE = "template@bench.local";

    private final Options options;
    private final ObjectNode result = Http.JSON.createObjectNode();
    private final Database database;
    private final Limits limits;
    private final AppProcess app;
    private final Http http;
    /** The read path's user: the first user of the first population (the seed address itself when it is alone). */
    private String reader;

    private Bench(Options options, String name) {
        this.options = options;
        this.database = options.databaseNamed(name);
        this.limits = new Limits(database);
        this.app = new AppProcess(options.jar(), Path.of("bench/target/logs"), database, options.port());
        this.http = new Http(app.base());
        result.put("database", name);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        // --database=NAME goes on with a database an earlier run kept (its growth users are written already)
        if (options.planOnly()) {
            // what a run with these options would do and roughly how long it takes; no database, no app
            new Bench(options, "plan_only").printPlan(3840 / 365.0, 200, false);
            return;
        }
        String database = options.database() != null ? options.database()
                : "lifeos_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        if (options.database() == null) {
            admin(options, "CREATE DATABASE " + database);
        }
        System.out.println("bench database " + database);
        Bench bench = new Bench(options, database);
        bench.result.put("options", String.join(" ", java.util.Arrays.stream(args)
                .filter(arg -> !arg.startsWith("--jar=")).toList()));
        // Ctrl-C or a kill of the driver must not leave the app running on the bench port
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                bench.app.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            bench.run();
        } finally {
            bench.app.close();
            if (!options.keepDatabase() && options.database() == null) {
                admin(options, "DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    private static void admin(Options options, String sql) throws Exception {
        try (Connection c = options.databaseNamed("postgres").connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        ObjectNode machine = result.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors())
                .put("java", System.getProperty("java.version"))
                .put("load_average_start", loadAverage())
                .put("started", LocalDateTime.now().toString());
        try {
            // the committed 24k-event run measured 3,840 events per user-year; the generator's rate is a guess here
            printPlan(3840 / 365.0, 200, false);
            ObjectNode data = result.putObject("data");

            // 1. Growth users, each written by the demo generator at start-up: one month and five years of history.
            // Ids in a demo history come from its random seed, so every start gets seeds of its own.
            ObjectNode seeding = data.putObject("seeding");
            double eventsPerUserDay;
            if (options.database() != null) {
                // an earlier run of the same database measured it; the growth users exist already
                eventsPerUserDay = limits.eventCount() / (30.0 + options.longHistoryDays());
                data.put("reused_database", true);
            } else {
                eventsPerUserDay = seedGrowthUsers(seeding);
            }
            data.put("events_per_user_year", Math.round(eventsPerUserDay * 365));
            data.put("long_history_days", options.longHistoryDays());

            // 2. Replay at three event counts. The population between them: copies of one template person in plain
            // JDBC (default), or the demo generator's commands (--clone=false). The template, or the first
            // population's first user (three years of history by default), is the read path's user.
            double generatorRate = seeding.path("long_history").path("events_per_second").asDouble(0);
            if (generatorRate > 0) {
                printPlan(eventsPerUserDay, generatorRate, true);
            }
            if (options.cloning()) {
                replaysByCloning();
            } else {
                replaysThroughGenerator(eventsPerUserDay);
            }

            // 3. The database's own limits, with the app stopped so nothing competes.
            ObjectNode limitsNode = result.putObject("limits");
            System.out.println("limits");
            limitsNode.set("insert_1", limits.inserts(1, options.seconds()));
            limitsNode.set("insert_16", limits.inserts(16, options.seconds()));
            limitsNode.set("ordered_scan", limits.orderedScan());
            limitsNode.set("aggregate_load_50", limits.aggregateLoads(options.seconds()));
        } finally {
            // a run that fails part-way still leaves what it measured (the sections it missed show as NaN)
            machine.put("load_average_end", loadAverage());
            machine.put("minutes", (System.nanoTime() - started) / 60e9);
            Report.write(result, options.results());
        }
    }

    /** One month and five years of one person's life; answers the generator's events per user-day. */
    private double seedGrowthUsers(ObjectNode seeding) throws Exception {
        seed(seeding, "month", List.of("--lifeos.demo.seed=month@bench.local", "--lifeos.demo.days=30",
                "--lifeos.demo.random-seed=1"));
        long before = limits.eventCount();
        seed(seeding, "long_history", List.of("--lifeos.demo.seed=five@bench.local",
                "--lifeos.demo.days=" + options.longHistoryDays(), "--lifeos.demo.random-seed=2"));
        return (limits.eventCount() - before) / (double) options.longHistoryDays();
    }

    private void seed(ObjectNode seeding, String name, List<String> arguments) throws Exception {
        long events = limits.eventCountOrZero();
        long start = System.nanoTime();
        app.close();
        app.start(arguments, Duration.ofMinutes(60));
        double took = (System.nanoTime() - start) / 1e9;
        long written = limits.eventCount() - events;
        System.out.printf("seeded %s: %d events in %.1f s (start-up included)%n", name, written, took);
        seeding.putObject(name).put("events", written).put("seconds", took).put("events_per_second", written / took);
    }

    /** Write path, read path and growth, against the app that holds the first population. */
    private void againstTheRunningApp() {
        writePath();
        readPath();
        growth();
    }

    private void writePath() {
        System.out.println("write path");
        int most = 64;
        List<String> tokens = new ArrayList<>();
        List<String> habits = new ArrayList<>();
        for (int n = 0; n < most; n++) {
            String token = http.register("writer-" + n + "@bench.local", BENCH_PASSWORD);
            tokens.add(token);
            habits.add(http.post("/api/habits", token, "{\"title\":\"Bench\",\"frequency\":\"daily\"}").json()
                    .path("id").asText());
        }
        // each client checks its habit in on a day further back every time: one check-in per day is the rule
        List<AtomicInteger> daysBack = new ArrayList<>();
        for (int n = 0; n < most; n++) {
            daysBack.add(new AtomicInteger());
        }
        LocalDate today = LocalDate.now();
        ArrayNode checkIns = result.putObject("write").putArray("check_ins");
        ArrayNode records = ((ObjectNode) result.get("write")).putArray("finance_records");
        for (int clients : new int[] {1, 16, 64}) {
            checkIns.add(Load.run("check-in", clients, options.warmUp(), options.seconds(), c -> () -> http.post(
                    "/api/habits/" + habits.get(c) + "/checkin", tokens.get(c),
                    "{\"date\":\"" + today.minusDays(daysBack.get(c).getAndIncrement()) + "\"}").ok()).json());
            records.add(Load.run("finance record", clients, options.warmUp(), options.seconds(), c -> () -> http.post(
                    "/api/finance/records", tokens.get(c), "{\"type\":\"expense\",\"amount\":12.34,"
                            + "\"currency\":\"EUR\",\"category\":\"groceries\",\"date\":\"" + today + "\"}").ok())
                    .json());
        }
    }

    private void readPath() {
        System.out.println("read path (" + reader + ", " + options.populationYears() + " years of history)");
        String token = http.login(reader, PASSWORD);
        ObjectNode read = result.putObject("read");
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("health", "/actuator/health");
        endpoints.put("dashboard_overview", "/api/dashboard/overview");
        endpoints.put("habit_streaks", "/api/habits/streaks");
        endpoints.put("finance_analytics", "/api/finance/analytics");
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            ArrayNode runs = read.putArray(endpoint.getKey());
            String auth = endpoint.getKey().equals("health") ? null : token;
            for (int clients : new int[] {16, 64}) {
                runs.add(Load.run(endpoint.getKey(), clients, options.warmUp(), options.seconds(),
                        c -> () -> http.get(endpoint.getValue(), auth).ok()).json());
            }
        }
    }

    /** One command and one dashboard read, one at a time, for a month of history and for five years of it. */
    private void growth() {
        System.out.println("growth: one command and one dashboard read, 1 month vs 5 years of history");
        ObjectNode growth = result.putObject("growth");
        growth.set("month", costs("month@bench.local", 30));
        growth.set("five_years", costs("five@bench.local", options.longHistoryDays()));
    }

    private ObjectNode costs(String email, int days) {
        String token = http.login(email, PASSWORD);
        // the daily habit the generator checked in most: its aggregate carries the whole history
        String habit = null;
        for (JsonNode item : http.get("/api/habits?page=0&size=20", token).json().path("items")) {
            if (item.path("title").asText().equals("Read 20 pages")) {
                habit = item.path("id").asText();
            }
        }
        String habitId = habit;
        LocalDate firstDay = LocalDate.now().minusDays(days);
        AtomicInteger back = new AtomicInteger();
        ObjectNode node = Http.JSON.createObjectNode();
        node.set("check_in", Load.run("check-in " + days + "d", 1, options.warmUp(), options.seconds(), c -> () ->
                http.post("/api/habits/" + habitId + "/checkin", token,
                        "{\"date\":\"" + firstDay.minusDays(back.getAndIncrement()) + "\"}").ok()).json());
        node.set("dashboard_overview", Load.run("overview " + days + "d", 1, options.warmUp(), options.seconds(),
                c -> () -> http.get("/api/dashboard/overview", token).ok()).json());
        // the same read when a write has just dropped the user's cached answers: the cost of computing it
        node.set("dashboard_after_write", Load.run("overview after a write " + days + "d", 1, options.warmUp(),
                options.seconds(), c -> new Load.Step() {
                    @Override
                    public boolean prepare() {
                        return http.post("/api/habits/" + habitId + "/checkin", token,
                                "{\"date\":\"" + firstDay.minusDays(back.getAndIncrement()) + "\"}").ok();
                    }

                    @Override
                    public boolean run() {
                        return http.get("/api/dashboard/overview", token).ok();
                    }
                }).json());
        return node;
    }

    /** The three replay points: ¼, ½ and all of {@code --events}. */
    private long[] targets() {
        return new long[] {options.events() / 4, options.events() / 2, options.events()};
    }

    private boolean groupsAloneAt(int point) {
        return switch (options.groupsAlone()) {
            case "largest" -> point == targets().length - 1;
            case "smallest" -> point == 0;
            default -> false;
        };
    }

    /**
     * The population by cloning: the demo generator writes one template person (--population-years of history) once,
     * then, with the app stopped, plain JDBC appends copies of that person until each replay point's event count is
     * reached, and moves every processor's token to the new head, so the measured replay is the only pass.
     */
    private void replaysByCloning() throws Exception {
        ObjectNode data = (ObjectNode) result.get("data");
        ObjectNode seeding = (ObjectNode) data.get("seeding");
        int days = options.populationYears() * 365;
        seed(seeding, "template", List.of("--lifeos.demo.seed=" + TEMPLATE, "--lifeos.demo.days=" + days,
                "--lifeos.demo.random-seed=3"));
        reader = TEMPLATE;
        // the projections hold everyone written so far before the app stops (the read path reads the template)
        new Replays(http, app, http.register(AppProcess.ADMIN_EMAIL, BENCH_PASSWORD)).awaitCaughtUpAll();
        app.close();

        Population population = new Population(database, Population.accountId(database, TEMPLATE));
        population.load();
        System.out.printf("template %s: %d events, %d distinct ids; %d events in the log%n", TEMPLATE,
                population.templateEvents(), population.distinctIds(), limits.eventCount());
        ObjectNode cloning = data.putObject("cloning");
        cloning.put("template_events", population.templateEvents()).put("template_days", days)
                .put("template_distinct_ids", population.distinctIds());
        ArrayNode cloned = cloning.putArray("points");
        long clonedRows = 0;
        double cloneSeconds = 0;

        ObjectNode replay = result.putObject("replay");
        replay.put("population", "clones of one " + options.populationYears() + "-year template person");
        ArrayNode points = replay.putArray("points");
        long[] targets = targets();
        for (int point = 0; point < targets.length; point++) {
            long have = limits.eventCount();
            ObjectNode clone = population.cloneUpTo(targets[point], have);
            clone.put("target", targets[point]);
            cloned.add(clone);
            clonedRows += clone.path("rows").asLong();
            cloneSeconds += clone.path("seconds").asDouble();
            long head = Population.tokensToHead(database);
            ObjectNode one = points.addObject();
            one.put("target", targets[point]).put("cloned_events", clone.path("rows").asLong())
                    .put("clone_rows_per_second", clone.path("rows_per_second").asDouble()).put("token_head", head);
            measurePoint(point, one, List.of(), have);
        }
        cloning.put("rows", clonedRows).put("seconds", cloneSeconds)
                .put("rows_per_second", cloneSeconds > 0 ? clonedRows / cloneSeconds : 0);
    }

    /** The population through the demo generator's commands only (--clone=false): slow, but every fact is real. */
    private void replaysThroughGenerator(double eventsPerUserDay) throws Exception {
        ObjectNode replay = result.putObject("replay");
        replay.put("population", "demo generator");
        ArrayNode points = replay.putArray("points");
        int days = options.populationYears() * 365;
        long[] targets = targets();
        for (int point = 0; point < targets.length; point++) {
            long have = limits.eventCount();
            long missing = targets[point] - have;
            List<String> arguments = new ArrayList<>();
            if (missing > 0 || point == 0) {
                int users = (int) Math.max(1, Math.round(missing / (eventsPerUserDay * days)));
                // a name of this run's own, so a database kept from an interrupted run is never half-reused
                String crowd = "crowd" + point + "-" + Long.toString(System.currentTimeMillis(), 36);
                if (point == 0) {
                    reader = crowd + (users == 1 ? "" : "+1") + "@bench.local";
                }
                arguments.addAll(List.of("--lifeos.demo.seed=" + crowd + "@bench.local",
                        "--lifeos.demo.users=" + users, "--lifeos.demo.days=" + days,
                        "--lifeos.demo.parallelism=4",
                        "--lifeos.demo.random-seed=" + System.currentTimeMillis() * 1000));
            }
            ObjectNode one = points.addObject();
            one.put("target", targets[point]);
            measurePoint(point, one, arguments, have);
        }
    }

    /**
     * One replay point: starts the app (with the generator's arguments, if any), waits until every group has caught
     * up, replays all groups together, checks the audit read model holds one row per event, then (first point) the
     * load against the running app and (where --groups-alone says) each group alone.
     */
    private void measurePoint(int point, ObjectNode one, List<String> arguments, long have) throws Exception {
        long start = System.nanoTime();
        app.start(arguments, Duration.ofHours(3));
        double startSeconds = (System.nanoTime() - start) / 1e9;
        long events = limits.eventCount();
        Replays replays = new Replays(http, app, http.register(AppProcess.ADMIN_EMAIL, BENCH_PASSWORD));
        long caughtUp = System.nanoTime();
        long lagAtStart = replays.totalLag();
        replays.awaitCaughtUp(replays.groups());
        double catchUpSeconds = (System.nanoTime() - caughtUp) / 1e9;
        events = limits.eventCount();
        System.out.printf("replay at %d events (%d new since the last point; app start %.0f s, then caught up in"
                + " %.1f s, lag at the first look %d)%n", events, events - have, startSeconds, catchUpSeconds, lagAtStart);
        one.put("events", events).put("seeded_events", events - have).put("seeding_seconds", startSeconds)
                .put("catch_up_seconds", catchUpSeconds).put("lag_at_start", lagAtStart);
        one.set("all_groups", replays.replay(replays.groups(), events));
        long audited = limits.countOrMinusOne("audit_entry");
        one.put("audit_rows_after_replay", audited);
        if (audited != events) {
            System.out.printf("  note: the audit read model holds %d rows after the replay, the log %d events%n",
                    audited, events);
        }
        if (point == 0) {
            againstTheRunningApp();
        }
        if (groupsAloneAt(point)) {
            // the load above added events: each group alone replays what is in the log now
            long now = limits.eventCount();
            ObjectNode alone = one.putObject("each_group_alone");
            alone.put("events", now);
            for (String group : replays.groups()) {
                alone.set(group, replays.replay(List.of(group), now));
            }
        }
        app.close();
    }

    /**
     * What the run will do and, at the given rates, roughly how long it takes: printed before anything starts (with
     * assumed rates) and again once the demo generator's own rate is measured.
     */
    private void printPlan(double eventsPerUserDay, double generatorRate, boolean measured) {
        long[] targets = targets();
        int groups = 12;
        double replayAll = 2_000;
        double replayAlone = 5_000;
        double cloneRate = 30_000;
        double appStart = 20;
        double templateDays = options.populationYears() * 365.0;
        double seeded = eventsPerUserDay * (30 + options.longHistoryDays() + (options.cloning() ? templateDays : 0));
        // once measured, only the template is still to be written (and nothing with --clone=false)
        double seeding = !measured ? seeded / generatorRate + 3 * appStart
                : options.cloning() ? eventsPerUserDay * templateDays / generatorRate + appStart : 0;
        double cloning = 0;
        double generating = 0;
        if (options.cloning()) {
            cloning = Math.max(0, targets[targets.length - 1] - seeded) / cloneRate;
        } else {
            generating = Math.max(0, targets[targets.length - 1] - seeded) / generatorRate;
        }
        double all = 0;
        for (long target : targets) {
            all += target / replayAll;
        }
        long aloneAt = switch (options.groupsAlone()) {
            case "largest" -> targets[targets.length - 1];
            case "smallest" -> targets[0];
            default -> 0;
        };
        double alone = groups * aloneAt / replayAlone;
        double slice = options.warmUp() + options.seconds();
        double load = 6 * slice + 10 + 8 * slice + 4 * slice;
        double limitsSeconds = 3 * options.seconds() + targets[targets.length - 1] / 100_000.0 + 5;
        double starts = targets.length * appStart;
        double total = seeding + cloning + generating + all + alone + load + limitsSeconds + starts;
        System.out.printf("plan: growth users (30 days, %d days)%s; replay points %s events, all groups at each,"
                        + " each group alone at %s; write, read and growth at the first point; database limits last%n",
                options.longHistoryDays(), options.cloning() ? ", a " + options.populationYears()
                        + "-year template person cloned in JDBC to each point" : ", the rest through the generator",
                java.util.Arrays.toString(targets), aloneAt == 0 ? "none" : String.valueOf(aloneAt));
        System.out.printf("estimate%s (%s generator %.0f events/s, %.1f events per user-day; clone %.0f rows/s;"
                        + " replay %.0f events/s all groups, %.0f per group alone, %d groups):%n",
                measured ? " for the rest" : "", measured ? "measured" : "assumed", generatorRate,
                eventsPerUserDay, cloneRate, replayAll, replayAlone, groups);
        System.out.printf("  %s%.0f min cloning, %.0f min generating, %.0f min replaying all groups, %.0f min each"
                        + " group alone, %.1f min load, %.1f min limits, %.1f min app starts = about %.0f min%n",
                String.format("%.0f min %s, ", seeding / 60, measured ? "seeding the template" : "seeding"),
                cloning / 60, generating / 60,
                all / 60, alone / 60, load / 60, limitsSeconds / 60, starts / 60, total / 60);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static {
        Http.JSON.enable(SerializationFeature.INDENT_OUTPUT);
    }
}
