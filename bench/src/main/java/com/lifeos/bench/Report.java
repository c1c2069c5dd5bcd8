package com.lifeos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code latest.json} (everything measured) and {@code latest.md} (the tables and the target ratios). */
final class Report {

    private Report() {
    }

    static void write(ObjectNode result, Path directory) throws IOException {
        ObjectNode targets = targets(result);
        result.set("targets", targets);
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("latest.json"), Http.JSON.writeValueAsString(result) + "\n");
        String markdown = markdown(result);
        Files.writeString(directory.resolve("latest.md"), markdown);
        System.out.println();
        System.out.println(markdown);
        System.out.println("written: " + directory.resolve("latest.json") + ", " + directory.resolve("latest.md"));
    }

    private static JsonNode at(JsonNode runs, int clients) {
        for (JsonNode run : runs) {
            if (run.path("clients").asInt() == clients) {
                return run;
            }
        }
        return Http.JSON.createObjectNode();
    }

    private static ObjectNode targets(ObjectNode r) {
        ObjectNode t = Http.JSON.createObjectNode();
        JsonNode checkIns16 = at(r.path("write").path("check_ins"), 16);
        double insert16 = r.path("limits").path("insert_16").path("rows_per_second").asDouble();
        t.put("write_checkins_16_over_insert_16", checkIns16.path("per_second").asDouble() / insert16);
        t.put("write_checkins_16_p99_ms", checkIns16.path("p99_ms").asDouble());
        long errors = 0;
        for (String kind : new String[] {"check_ins", "finance_records"}) {
            for (JsonNode run : r.path("write").path(kind)) {
                errors += run.path("errors").asLong();
            }
        }
        t.put("write_errors", errors);
        JsonNode points = r.path("replay").path("points");
        JsonNode last = points.path(points.size() - 1);
        t.put("replay_all_over_scan", last.path("all_groups").path("events_per_second").asDouble()
                / r.path("limits").path("ordered_scan").path("rows_per_second").asDouble());
        for (int clients : new int[] {16, 64}) {
            JsonNode overview = at(r.path("read").path("dashboard_overview"), clients);
            JsonNode health = at(r.path("read").path("health"), clients);
            t.put("read_overview_over_health_" + clients,
                    overview.path("per_second").asDouble() / health.path("per_second").asDouble());
            t.put("read_overview_p99_ms_" + clients, overview.path("p99_ms").asDouble());
        }
        JsonNode month = r.path("growth").path("month");
        JsonNode five = r.path("growth").path("five_years");
        t.put("growth_command_5y_over_1m", five.path("check_in").path("p50_ms").asDouble()
                / month.path("check_in").path("p50_ms").asDouble());
        t.put("growth_dashboard_5y_over_1m", five.path("dashboard_overview").path("p50_ms").asDouble()
                / month.path("dashboard_overview").path("p50_ms").asDouble());
        t.put("growth_dashboard_after_write_5y_over_1m", five.path("dashboard_after_write").path("p50_ms").asDouble()
                / month.path("dashboard_after_write").path("p50_ms").asDouble());
        long growthErrors = 0;
        for (JsonNode user : List.of(month, five)) {
            growthErrors += user.path("check_in").path("errors").asLong()
                    + user.path("dashboard_overview").path("errors").asLong()
                    + user.path("dashboard_after_write").path("errors").asLong();
        }
        t.put("growth_errors", growthErrors);
        JsonNode first = points.path(0);
        t.put("replay_time_per_event_largest_over_smallest",
                (last.path("all_groups").path("seconds").asDouble() / last.path("events").asDouble())
                        / (first.path("all_groups").path("seconds").asDouble() / first.path("events").asDouble()));
        t.put("replay_peak_heap_largest_over_smallest", last.path("all_groups").path("peak_heap_mib").asDouble()
                / first.path("all_groups").path("peak_heap_mib").asDouble());
        return t;
    }

    private static String f(double value) {
        return value >= 100 ? String.format("%.0f", value) : String.format("%.2f", value);
    }

    private static String pct(double ratio) {
        return String.format("%.1f %%", ratio * 100);
    }

    private static String markdown(ObjectNode r) {
        StringBuilder md = new StringBuilder();
        JsonNode m = r.path("machine");
        JsonNode t = r.path("targets");
        md.append("# LifeOS benchmark — latest run\n\n");
        md.append("Run ").append(m.path("started").asText()).append(" on ").append(m.path("cores").asInt())
                .append(" cores, Java ").append(m.path("java").asText()).append(", ")
                .append(String.format("%.1f", m.path("minutes").asDouble())).append(" minutes. Load average (1/5/15 min)")
                .append(" at start `").append(m.path("load_average_start").asText()).append("`, at end `")
                .append(m.path("load_average_end").asText()).append("`. Demo generator: ")
                .append(r.path("data").path("events_per_user_year").asLong()).append(" events per user-year.")
                .append(" Command: `bench/run ").append(r.path("options").asText()).append("`.\n\n");

        md.append("## Targets (ratios from this run)\n\n| target | goal | measured | met |\n| --- | --- | --- | --- |\n");
        row(md, "write: check-ins/s at 16 clients ÷ INSERT rows/s at 16 connections", "≥ 45 %",
                pct(t.path("write_checkins_16_over_insert_16").asDouble()),
                t.path("write_checkins_16_over_insert_16").asDouble() >= 0.45);
        row(md, "write: check-in p99 at 16 clients", "≤ 50 ms", f(t.path("write_checkins_16_p99_ms").asDouble())
                + " ms", t.path("write_checkins_16_p99_ms").asDouble() <= 50);
        row(md, "write: errors (all write runs)", "0", String.valueOf(t.path("write_errors").asLong()),
                t.path("write_errors").asLong() == 0);
        row(md, "replay: all groups events/s ÷ ordered-scan rows/s (largest data set)", "≥ 15 %",
                pct(t.path("replay_all_over_scan").asDouble()), t.path("replay_all_over_scan").asDouble() >= 0.15);
        row(md, "replay: peak heap, largest ÷ smallest data set", "flat (≈ 1)",
                f(t.path("replay_peak_heap_largest_over_smallest").asDouble()) + "×",
                t.path("replay_peak_heap_largest_over_smallest").asDouble() <= 1.5);
        row(md, "replay: time per event, largest ÷ smallest data set", "linear (≈ 1)",
                f(t.path("replay_time_per_event_largest_over_smallest").asDouble()) + "×",
                t.path("replay_time_per_event_largest_over_smallest").asDouble() <= 1.5);
        for (int clients : new int[] {16, 64}) {
            row(md, "read: overview ÷ /actuator/health throughput, " + clients + " clients", "≥ 50 %",
                    pct(t.path("read_overview_over_health_" + clients).asDouble()),
                    t.path("read_overview_over_health_" + clients).asDouble() >= 0.5);
            row(md, "read: overview p99, " + clients + " clients", "≤ 20 ms",
                    f(t.path("read_overview_p99_ms_" + clients).asDouble()) + " ms",
                    t.path("read_overview_p99_ms_" + clients).asDouble() <= 20);
        }
        if (t.path("growth_errors").asLong() > 0) {
            md.append("| growth: requests that failed (the ratios below are not valid) | 0 | ")
                    .append(t.path("growth_errors").asLong()).append(" | **no** |\n");
        }
        row(md, "growth: check-in p50, 5 years ÷ 1 month of history", "≤ 1.5×",
                f(t.path("growth_command_5y_over_1m").asDouble()) + "×",
                t.path("growth_command_5y_over_1m").asDouble() <= 1.5);
        row(md, "growth: dashboard overview p50 (cached), 5 years ÷ 1 month", "≤ 1.5×",
                f(t.path("growth_dashboard_5y_over_1m").asDouble()) + "×",
                t.path("growth_dashboard_5y_over_1m").asDouble() <= 1.5);
        row(md, "growth: dashboard overview p50 right after a write (computed), 5 years ÷ 1 month", "≤ 1.5×",
                f(t.path("growth_dashboard_after_write_5y_over_1m").asDouble()) + "×",
                t.path("growth_dashboard_after_write_5y_over_1m").asDouble() <= 1.5);

        JsonNode l = r.path("limits");
        md.append("\n## Database limits (plain JDBC)\n\n| what | rate |\n| --- | --- |\n");
        md.append("| single-row INSERT + commit, 1 connection | ").append(f(l.path("insert_1").path("rows_per_second")
                .asDouble())).append(" rows/s |\n");
        md.append("| single-row INSERT + commit, 16 connections | ").append(f(l.path("insert_16")
                .path("rows_per_second").asDouble())).append(" rows/s |\n");
        md.append("| ordered scan of the event table (").append(l.path("ordered_scan").path("rows").asLong())
                .append(" rows) | ").append(f(l.path("ordered_scan").path("rows_per_second").asDouble()))
                .append(" rows/s |\n");
        md.append("| one aggregate's 50 events by id | ").append(f(l.path("aggregate_load_50")
                .path("loads_per_second").asDouble())).append(" loads/s |\n");

        md.append("\n## Write path (HTTP, closed loop)\n\n");
        loadTable(md, r.path("write").path("check_ins"), "check-in");
        loadTable(md, r.path("write").path("finance_records"), "finance record");
        md.append("\n## Read path (user with three years of history)\n\n");
        Iterator<Map.Entry<String, JsonNode>> reads = r.path("read").fields();
        boolean header = true;
        while (reads.hasNext()) {
            Map.Entry<String, JsonNode> endpoint = reads.next();
            if (header) {
                md.append("| what | clients | req/s | p50 ms | p95 ms | p99 ms | errors |\n| --- | --- | --- | --- | --- | --- | --- |\n");
                header = false;
            }
            for (JsonNode run : endpoint.getValue()) {
                runRow(md, endpoint.getKey(), run);
            }
        }

        md.append("\n## Growth (one client, one request at a time)\n\n| what | 1 month p50 ms | 5 years p50 ms | ratio |\n| --- | --- | --- | --- |\n");
        JsonNode month = r.path("growth").path("month");
        JsonNode five = r.path("growth").path("five_years");
        for (String what : new String[] {"check_in", "dashboard_overview", "dashboard_after_write"}) {
            md.append("| ").append(what).append(" | ").append(f(month.path(what).path("p50_ms").asDouble()))
                    .append(" | ").append(f(five.path(what).path("p50_ms").asDouble())).append(" | ")
                    .append(f(five.path(what).path("p50_ms").asDouble() / month.path(what).path("p50_ms").asDouble()))
                    .append("× |\n");
        }

        replaySection(md, r);
        return md.toString();
    }

    /**
     * The replay points (linearity: seconds per 100k events should stay level; memory flatness: peak heap should
     * too), the population behind them (clone rate), and each group alone where the run measured it.
     */
    private static void replaySection(StringBuilder md, JsonNode r) {
        double scan = r.path("limits").path("ordered_scan").path("rows_per_second").asDouble();
        md.append("\n## Replay (every group together, from the first event)\n\n")
                .append("Population: ").append(r.path("replay").path("population").asText("demo generator"))
                .append(". Linear when seconds per 100k events stay level; memory flat when the live heap after GC"
                        + " does (– where G1 ran no concurrent cycle during the replay). The audit read model keeps one"
                        + " row per event, so its rows after the replay equal the"
                        + " events when the replay processed every one. \"Caught up after start\": from the app's start"
                        + " until every group reports lag 0 (the clone step moves the tokens to the head, so the"
                        + " measured replay is the only pass over the copies).\n\n")
                .append("| events | seconds | events/s | ÷ ordered scan | s per 100k events | peak heap MiB |"
                        + " live heap after GC MiB | peak RSS MiB | audit rows after | caught up after start |\n"
                        + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        JsonNode aloneAt = null;
        for (JsonNode point : r.path("replay").path("points")) {
            JsonNode all = point.path("all_groups");
            double events = point.path("events").asDouble();
            md.append("| ").append(point.path("events").asLong()).append(" | ")
                    .append(f(all.path("seconds").asDouble())).append(" | ")
                    .append(f(all.path("events_per_second").asDouble())).append(" | ")
                    .append(pct(all.path("events_per_second").asDouble() / scan)).append(" | ")
                    .append(f(all.path("seconds").asDouble() * 100_000 / events)).append(" | ")
                    .append(all.path("peak_heap_mib").asLong()).append(" | ")
                    // 0 until G1 has run a concurrent cycle: a short replay may finish before its first one
                    .append(all.path("peak_live_heap_mib").asLong() > 0
                            ? String.valueOf(all.path("peak_live_heap_mib").asLong()) : "–").append(" | ")
                    .append(all.path("peak_resident_mib").asLong()).append(" | ")
                    .append(point.path("audit_rows_after_replay").asLong()).append(" | ")
                    .append(f(point.path("catch_up_seconds").asDouble())).append(" s |\n");
            if (point.has("each_group_alone")) {
                aloneAt = point;
            }
        }
        JsonNode cloning = r.path("data").path("cloning");
        if (!cloning.isMissingNode()) {
            md.append("\nCloning (plain JDBC, app stopped): a template of ")
                    .append(cloning.path("template_events").asLong()).append(" events (")
                    .append(cloning.path("template_days").asLong()).append(" days, ")
                    .append(cloning.path("template_distinct_ids").asLong()).append(" distinct ids) copied into ")
                    .append(cloning.path("rows").asLong()).append(" events in ")
                    .append(f(cloning.path("seconds").asDouble())).append(" s = **")
                    .append(f(cloning.path("rows_per_second").asDouble())).append(" rows/s**.\n");
        }
        if (aloneAt != null) {
            JsonNode alone = aloneAt.path("each_group_alone");
            long events = alone.path("events").asLong(aloneAt.path("events").asLong());
            md.append("\nEach group alone at ").append(events).append(" events:\n\n")
                    .append("| group | seconds | events/s | ÷ ordered scan | peak heap MiB | peak RSS MiB |\n")
                    .append("| --- | --- | --- | --- | --- | --- |\n");
            Iterator<Map.Entry<String, JsonNode>> groups = alone.fields();
            while (groups.hasNext()) {
                Map.Entry<String, JsonNode> group = groups.next();
                if (!group.getValue().isObject()) {
                    continue;
                }
                JsonNode g = group.getValue();
                md.append("| ").append(group.getKey()).append(" | ").append(f(g.path("seconds").asDouble()))
                        .append(" | ").append(f(g.path("events_per_second").asDouble())).append(" | ")
                        .append(pct(g.path("events_per_second").asDouble() / scan)).append(" | ")
                        .append(g.path("peak_heap_mib").asLong()).append(" | ")
                        .append(g.path("peak_resident_mib").asLong()).append(" |\n");
            }
        }
        JsonNode seeding = r.path("data").path("seeding");
        md.append("\nDemo generator (commands through the app, start-up included): ");
        Iterator<Map.Entry<String, JsonNode>> seeds = seeding.fields();
        List<String> parts = new java.util.ArrayList<>();
        while (seeds.hasNext()) {
            Map.Entry<String, JsonNode> seed = seeds.next();
            parts.add(seed.getKey() + " " + seed.getValue().path("events").asLong() + " events in "
                    + f(seed.getValue().path("seconds").asDouble()) + " s");
        }
        md.append(parts.isEmpty() ? "not run (kept database)" : String.join(", ", parts)).append(".\n");
    }

    /** Renders latest.md again from a latest.json (e.g. after a change to the tables): {@code Report path/latest.json}. */
    public static void main(String[] args) throws IOException {
        Path json = Path.of(args[0]);
        ObjectNode result = (ObjectNode) Http.JSON.readTree(json.toFile());
        write(result, json.getParent());
    }

    private static void row(StringBuilder md, String what, String goal, String measured, boolean met) {
        md.append("| ").append(what).append(" | ").append(goal).append(" | ").append(measured).append(" | ")
                .append(met ? "yes" : "**no**").append(" |\n");
    }

    private static void loadTable(StringBuilder md, JsonNode runs, String name) {
        if (name.equals("check-in")) {
            md.append("| what | clients | req/s | p50 ms | p95 ms | p99 ms | errors |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        }
        for (JsonNode run : runs) {
            runRow(md, name, run);
        }
    }

    private static void runRow(StringBuilder md, String name, JsonNode run) {
        md.append("| ").append(name).append(" | ").append(run.path("clients").asInt()).append(" | ")
                .append(f(run.path("per_second").asDouble())).append(" | ").append(f(run.path("p50_ms").asDouble()))
                .append(" | ").append(f(run.path("p95_ms").asDouble())).append(" | ")
                .append(f(run.path("p99_ms").asDouble())).append(" | ").append(run.path("errors").asLong())
                .append(" |\n");
    }
}
