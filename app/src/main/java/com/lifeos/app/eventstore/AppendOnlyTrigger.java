package com.lifeos.app.eventstore;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * The embedded database's twin of the PostgreSQL trigger that keeps the event table append-only, with the same one
 * exception: an erasure's transaction that holds an {@code event_resealing} row may change an event's payload, and
 * nothing else of it (V21).
 */
public final class AppendOnlyTrigger implements Trigger {

    /** {@code payload}'s position among domain_event_entry's columns (V1). */
    private static final int PAYLOAD = 8;

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && onlyPayloadChanges(oldRow, newRow) && resealing(connection)) {
            return;
        }
        throw new SQLException("domain_event_entry is append-only", "42501");
    }

    private static boolean onlyPayloadChanges(Object[] oldRow, Object[] newRow) {
        if (oldRow.length != newRow.length) {
            return false;
        }
        for (int i = 0; i < oldRow.length; i++) {
            if (i != PAYLOAD && !Objects.deepEquals(oldRow[i], newRow[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean resealing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT 1 FROM event_resealing LIMIT 1")) {
            return rows.next();
        }
    }
}
