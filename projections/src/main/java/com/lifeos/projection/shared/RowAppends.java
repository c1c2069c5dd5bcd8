package com.lifeos.projection.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rows a projection only ever adds and never reads back while it projects (the audit timeline, the activity feed):
 * queued for the batch of events being handled and written in one JDBC batch just before that batch commits, in the
 * same transaction as the processor's token. Each insert must skip a row that is there already
 * ({@code ON CONFLICT DO NOTHING}, without a conflict target: the form both PostgreSQL and H2 accept), which keeps
 * the handler idempotent without a look-up per event.
 */
@Component
public class RowAppends {

    private static final String PENDING = RowAppends.class.getName() + ".pending";

    private final JdbcTemplate jdbc;

    RowAppends(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void append(String insert, Object... values) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(insert, values);
            return;
        }
        pending(CurrentUnitOfWork.get().root()).computeIfAbsent(insert, sql -> new ArrayList<>()).add(values);
    }

    /** Writes what this batch has queued so far, for a bulk change that must see it (an erasure). */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            write(pending(CurrentUnitOfWork.get().root()));
        }
    }

    private Map<String, List<Object[]>> pending(UnitOfWork<?> root) {
        return root.getOrComputeResource(PENDING, key -> {
            Map<String, List<Object[]>> queued = new LinkedHashMap<>();
            root.onPrepareCommit(unitOfWork -> write(queued));
            return queued;
        });
    }

    /** Forgets the rows even when the database refuses them: they belong to a transaction that is rolled back. */
    private void write(Map<String, List<Object[]>> queued) {
        try {
            queued.forEach(jdbc::batchUpdate);
        } finally {
            queued.clear();
        }
    }
}
