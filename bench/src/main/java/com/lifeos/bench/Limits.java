package com.lifeos.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The database's own floor, in plain JDBC on the event table the app writes: what any design on this PostgreSQL
 * could at best do per committed row, per ordered row read, and per aggregate load.
 */
final class Limits {

    private final Database database;

    Limits(Database database) {
        this.database = database;
    }

    /**
     * Single-row INSERT + commit of a row shaped like a real event (a real check-in's payload and metadata), into a
     * copy of the event table with the same indexes and its own sequence, from {@code connections} connections.
     */
    ObjectNode inserts(int connections, double seconds) throws Exception {
        byte[] payload;
        byte[] metaData;
        String payloadType;
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SEQUENCE IF NOT EXISTS bench_probe_seq");
            s.execute("CREATE TABLE IF NOT EXISTS bench_insert_probe (LIKE domain_event_entry INCLUDING CONSTRAINTS"
                    + " INCLUDING INDEXES)");
            s.execute("ALTER TABLE bench_insert_probe ALTER COLUMN global_index SET DEFAULT nextval('bench_probe_seq')");
            try (ResultSet r = s.executeQuery("SELECT payload, meta_data, payload_type FROM domain_event_entry"
                    + " WHERE payload_type LIKE '%HabitCheckedInEvent' LIMIT 1")) {
                if (!r.next()) {
                    throw new IllegalStateException("no check-in event to take the row shape from");
                }
                payload = r.getBytes(1);
                metaData = r.getBytes(2);
                payloadType = r.getString(3);
            }
        }
        AtomicLong rows = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        for (int n = 0; n < connections; n++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection c = database.connect(); PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO bench_insert_probe (event_identifier, aggregate_identifier, sequence_number, type,"
                                + " time_stamp, payload_type, payload_revision, payload, meta_data)"
                                + " VALUES (?, ?, 0, 'Habit', ?, ?, NULL, ?, ?)")) {
                    c.setAutoCommit(true);
                    while (System.nanoTime() < end) {
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setString(2, UUID.randomUUID().toString());
                        insert.setString(3, java.time.Instant.now().toString());
                        insert.setString(4, payloadType);
                        insert.setBytes(5, payload);
                        insert.setBytes(6, metaData);
                        insert.executeUpdate();
                        rows.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
        double took = (System.nanoTime() - start) / 1e9;
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE bench_insert_probe");
            s.execute("DROP SEQUENCE bench_probe_seq");
        }
        double rate = rows.get() / took;
        System.out.printf("  INSERT+commit, %2d connections: %9.0f rows/s (row of %d + %d bytes)%n", connections, rate,
                payload.length, metaData.length);
        return Http.JSON.createObjectNode().put("connections", connections).put("rows", rows.get())
                .put("seconds", took).put("rows_per_second", rate).put("payload_bytes", payload.length);
    }

    /** Every event in global order, every column read, through a server-side cursor the way a replay reads them. */
    ObjectNode orderedScan() throws SQLException {
        long rows = 0;
        long bytes = 0;
        long start = System.nanoTime();
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(1000);
                try (ResultSet r = s.executeQuery("SELECT global_index, event_identifier, aggregate_identifier,"
                        + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data"
                        + " FROM domain_event_entry ORDER BY global_index")) {
                    while (r.next()) {
                        r.getLong(1);
                        r.getString(2);
                        r.getString(3);
                        r.getLong(4);
                        r.getString(5);
                        r.getString(6);
                        r.getString(7);
                        r.getString(8);
                        bytes += r.getBytes(9).length;
                        byte[] meta = r.getBytes(10);
                        bytes += meta == null ? 0 : meta.length;
                        rows++;
                    }
                }
            }
            c.commit();
        }
        double took = (System.nanoTime() - start) / 1e9;
        System.out.printf("  ordered scan: %d rows in %.2f s = %.0f rows/s%n", rows, took, rows / took);
        return Http.JSON.createObjectNode().put("rows", rows).put("bytes", bytes).put("seconds", took)
                .put("rows_per_second", rows / took);
    }

    /** One aggregate's first 50 events by its id, over aggregates that have at least 50, from one connection. */
    ObjectNode aggregateLoads(double seconds) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT aggregate_identifier FROM domain_event_entry GROUP BY"
                     + " aggregate_identifier HAVING count(*) >= 50 LIMIT 1000")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no aggregate with 50 events");
        }
        long loads = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        try (Connection c = database.connect(); PreparedStatement load = c.prepareStatement("SELECT global_index,"
                + " event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                + " payload_revision, payload, meta_data FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number >= 0 ORDER BY sequence_number LIMIT 50")) {
            while (System.nanoTime() < end) {
                load.setString(1, ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                try (ResultSet r = load.executeQuery()) {
                    while (r.next()) {
                        r.getBytes(9);
                    }
                }
                loads++;
            }
        }
        double took = (System.nanoTime() - start) / 1e9;
        System.out.printf("  load 50 events by aggregate id: %.0f loads/s%n", loads / took);
        return Http.JSON.createObjectNode().put("loads", loads).put("seconds", took)
                .put("loads_per_second", loads / took).put("aggregates", ids.size());
    }

    /** Before the app's first start there is no event table yet. */
    long eventCountOrZero() {
        try {
            return eventCount();
        } catch (SQLException e) {
            return 0;
        }
    }

    /** Rows in a table, or -1 where the table is not there (a read model an app version does not have). */
    long countOrMinusOne(String table) {
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    long eventCount() throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            r.next();
            return r.getLong(1);
        }
    }
}
