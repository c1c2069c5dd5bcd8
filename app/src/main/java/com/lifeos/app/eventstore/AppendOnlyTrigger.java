package com.lifeos.app.eventstore;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** The embedded database's twin of the PostgreSQL trigger that keeps the event table append-only. */
public final class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("domain_event_entry is append-only", "42501");
    }
}
