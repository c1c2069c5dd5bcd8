package com.lifeos.projection.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.PersonalTable;
import com.lifeos.projection.shared.RowAppends;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The audit table, whose erasure rule differs from every other table's: auditors keep the history of an erased
 * person, so their rows stay; what goes is every clear word of theirs. An erasure re-seals, in the log, the text
 * the person stored before sealing existed, and their rows written before that take the log's sealed form now.
 */
@Component
class AuditTimeline implements PersonalTable {

    /** Whose rows may still hold text that was in clear in the log until that person's erasure re-sealed it. */
    private static final String STORED_AGAIN = """
            SELECT a.event_id, a.payload, e.payload FROM audit_entry a
            JOIN domain_event_entry e ON e.event_identifier = a.event_id WHERE a.owner_id = ?""";

    private final AuditEntryRows entries;
    private final RowAppends appends;
    private final JdbcTemplate jdbc;

    AuditTimeline(AuditEntryRows entries, RowAppends appends, JdbcTemplate jdbc) {
        this.entries = entries;
        this.appends = appends;
        this.jdbc = jdbc;
    }

    @Override
    public void forget(UUID owner) {
        appends.flush();
        List<Object[]> changed = new ArrayList<>();
        jdbc.query(STORED_AGAIN, (RowCallbackHandler) row -> {
            String stored = new String(row.getBytes(3), StandardCharsets.UTF_8);
            if (!stored.equals(row.getString(2))) {
                changed.add(new Object[] {stored, row.getString(1)});
            }
        }, owner);
        jdbc.batchUpdate("UPDATE audit_entry SET payload = ? WHERE event_id = ?", changed);
    }

    @Override
    public void clear() {
        entries.deleteAllInBatch();
    }
}
