package com.lifeos.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The replay population in plain JDBC, with the app stopped: one "template" person's events (written by the demo
 * generator) copied k times, each copy a new person. Every UUID in the template's rows (event, aggregate, user,
 * entity, correlation and causation ids, in the columns and inside the JSON of payload and metadata) is replaced
 * consistently within a copy by {@code UUID.nameUUIDFromBytes(copy + ":" + original)}; everything else (timestamps,
 * sealed text, sequence numbers) stays as it was. {@code global_index} comes from the table's own sequence.
 * Afterwards {@link #tokensToHead} moves every processor's token to the new head, so the app does not process the
 * copies at its next start and the measured replay is the only pass over them.
 */
final class Population {

    static final String GAP_AWARE = "org.axonframework.eventhandling.GapAwareTrackingToken";
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int BATCH = 1000;

    /** A text with its UUIDs cut out: literals[0] id[0] literals[1] ... id[n-1] literals[n]. */
    private record Cut(String[] literals, int[] ids) {
        String with(String[] mapped) {
            if (ids.length == 0) {
                return literals[0];
            }
            StringBuilder text = new StringBuilder(literals[0].length() + 64 * ids.length);
            for (int n = 0; n < ids.length; n++) {
                text.append(literals[n]).append(mapped[ids[n]]);
            }
            return text.append(literals[ids.length]).toString();
        }
    }

    private record Row(Cut eventId, Cut aggregateId, long sequence, String type, String timeStamp, String payloadType,
                       String payloadRevision, Cut payload, Cut metaData) {
    }

    private final Database database;
    private final UUID template;
    private final List<Row> rows = new ArrayList<>();
    /** Every distinct UUID of the template's rows, lower case, in the order met. */
    private final List<String> originals = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private String wrappedKey;
    private int nextCopy = 1;

    Population(Database database, UUID template) {
        this.database = database.with("reWriteBatchedInserts=true");
        this.template = template;
    }

    static UUID accountId(Database database, String email) throws SQLException {
        try (Connection c = database.connect();
             PreparedStatement find = c.prepareStatement("SELECT id FROM accounts WHERE email = ?")) {
            find.setString(1, email);
            try (ResultSet r = find.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no account " + email + " to clone");
                }
                return r.getObject(1, UUID.class);
            }
        }
    }

    /**
     * Reads the template's rows: every event of every aggregate that has an event whose metadata or payload names
     * the template's user id (or whose aggregate is the person), in global order; and the next free copy number.
     */
    int load() throws SQLException {
        String id = template.toString();
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,
                           payload_revision, payload, meta_data
                    FROM domain_event_entry
                    WHERE aggregate_identifier IN (
                        SELECT aggregate_identifier FROM domain_event_entry
                        WHERE aggregate_identifier = ?
                           OR position(? in convert_from(meta_data, 'UTF8')) > 0
                           OR position(? in convert_from(payload, 'UTF8')) > 0)
                    ORDER BY global_index""")) {
                select.setFetchSize(1000);
                select.setString(1, id);
                select.setString(2, id);
                select.setString(3, id);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        byte[] meta = r.getBytes(9);
                        rows.add(new Row(cut(r.getString(1)), cut(r.getString(2)), r.getLong(3), r.getString(4),
                                r.getString(5), r.getString(6), r.getString(7),
                                cut(new String(r.getBytes(8), StandardCharsets.UTF_8)),
                                meta == null ? null : cut(new String(meta, StandardCharsets.UTF_8))));
                    }
                }
            }
            try (PreparedStatement key = c.prepareStatement("SELECT wrapped_key FROM user_key WHERE user_id = ?")) {
                key.setObject(1, template);
                try (ResultSet r = key.executeQuery()) {
                    wrappedKey = r.next() ? r.getString(1) : null;
                }
            }
            // a kept database (--database) may hold copies already: go on after the last one
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ?")) {
                while (true) {
                    exists.setString(1, copyOf(nextCopy, id));
                    try (ResultSet r = exists.executeQuery()) {
                        if (!r.next()) {
                            break;
                        }
                    }
                    nextCopy++;
                }
            }
            c.commit();
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("the template " + template + " has no events");
        }
        if (!index.containsKey(id)) {
            throw new IllegalStateException("the template's rows do not name its id " + id);
        }
        return rows.size();
    }

    int templateEvents() {
        return rows.size();
    }

    int distinctIds() {
        return originals.size();
    }

    private Cut cut(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = UUID_TEXT.matcher(text);
        List<String> literals = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            literals.add(text.substring(from, m.start()));
            String original = m.group().toLowerCase(java.util.Locale.ROOT);
            ids.add(index.computeIfAbsent(original, o -> {
                originals.add(o);
                return originals.size() - 1;
            }));
            from = m.end();
        }
        literals.add(text.substring(from));
        return new Cut(literals.toArray(String[]::new), ids.stream().mapToInt(Integer::intValue).toArray());
    }

    private static String copyOf(int copy, String original) {
        return UUID.nameUUIDFromBytes((copy + ":" + original).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Appends copies of the template until the event table holds at least {@code target} rows; answers what it did
     * (copies, rows, seconds, rows/s). Each copy is one transaction: its events in the template's global order, and
     * the template's {@code user_key} row under the copy's user id.
     */
    ObjectNode cloneUpTo(long target, long have) throws SQLException {
        long missing = target - have;
        int copies = missing <= 0 ? 0 : (int) ((missing + rows.size() - 1) / rows.size());
        long written = 0;
        long start = System.nanoTime();
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO domain_event_entry (event_identifier,"
                    + " aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision,"
                    + " payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement key = c.prepareStatement("INSERT INTO user_key (user_id, wrapped_key, created_at)"
                         + " VALUES (?, ?, now())")) {
                for (int n = 0; n < copies; n++) {
                    int copy = nextCopy++;
                    String[] mapped = new String[originals.size()];
                    for (int i = 0; i < mapped.length; i++) {
                        mapped[i] = copyOf(copy, originals.get(i));
                    }
                    int batched = 0;
                    for (Row row : rows) {
                        insert.setString(1, row.eventId().with(mapped));
                        insert.setString(2, row.aggregateId().with(mapped));
                        insert.setLong(3, row.sequence());
                        insert.setString(4, row.type());
                        insert.setString(5, row.timeStamp());
                        insert.setString(6, row.payloadType());
                        insert.setString(7, row.payloadRevision());
                        insert.setBytes(8, row.payload().with(mapped).getBytes(StandardCharsets.UTF_8));
                        insert.setBytes(9, row.metaData() == null ? null
                                : row.metaData().with(mapped).getBytes(StandardCharsets.UTF_8));
                        insert.addBatch();
                        if (++batched == BATCH) {
                            insert.executeBatch();
                            batched = 0;
                        }
                    }
                    if (batched > 0) {
                        insert.executeBatch();
                    }
                    if (wrappedKey != null) {
                        key.setObject(1, UUID.fromString(copyOf(copy, template.toString())));
                        key.setString(2, wrappedKey);
                        key.executeUpdate();
                    }
                    c.commit();
                    written += rows.size();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = seconds > 0 ? written / seconds : 0;
        if (copies > 0) {
            System.out.printf("  cloned the template %d times: %d events in %.1f s = %.0f rows/s%n", copies, written,
                    seconds, rate);
        }
        return Http.JSON.createObjectNode().put("copies", copies).put("rows", written).put("seconds", seconds)
                .put("rows_per_second", rate);
    }

    /**
     * Every processor's token to the head of the log, as Axon's Jackson serializer writes a
     * {@code GapAwareTrackingToken}; answers the head. With the app stopped, so nothing else writes tokens.
     */
    static long tokensToHead(Database database) throws SQLException {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            long head;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
                r.next();
                head = r.getLong(1);
            }
            Map<String, Integer> kinds = new TreeMap<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT coalesce(token_type, 'none'), count(*) FROM token_entry"
                         + " GROUP BY 1")) {
                while (r.next()) {
                    kinds.put(r.getString(1), r.getInt(2));
                }
            }
            int updated;
            try (PreparedStatement update = c.prepareStatement("UPDATE token_entry SET token = ?, token_type = ?")) {
                update.setBytes(1, ("{\"index\":" + head + ",\"gaps\":[]}").getBytes(StandardCharsets.UTF_8));
                update.setString(2, GAP_AWARE);
                updated = update.executeUpdate();
            }
            c.commit();
            System.out.printf("  %d processor tokens set to the head %d (they were %s)%n", updated, head, kinds);
            if (updated == 0) {
                System.out.println("  no token rows: the app will process the whole log at its next start");
            }
            return head;
        }
    }
}
