package com.lifeos.store.eventstore;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * Why a handler failed, in words that cannot carry what a person typed. A database's message often quotes the row
 * it refused ({@code Key (title)=(...)}) and a handler's own message may quote the event, so neither is kept: a
 * database failure is told by its exception class, SQLState and constraint name, anything else by its chain of
 * exception classes.
 */
final class Failures {

    private static final int MAX_CHAIN = 5;

    private Failures() {
    }

    static ThrowableCause describe(Throwable failure) {
        List<String> chain = new ArrayList<>();
        Throwable root = failure;
        for (Throwable t = failure; t != null && chain.size() < MAX_CHAIN; t = causeOf(t)) {
            chain.add(t.getClass().getSimpleName());
            root = t;
            if (t instanceof SQLException sql) {
                return new ThrowableCause(sql.getClass().getName(), sqlDescription(failure, sql));
            }
        }
        return new ThrowableCause(root.getClass().getName(), "caused by " + String.join(" <- ", chain));
    }

    private static String sqlDescription(Throwable failure, SQLException sql) {
        String description = "SQLState " + sql.getSQLState();
        String constraint = constraintName(failure);
        return constraint == null ? description : description + ", constraint " + constraint;
    }

    /** Hibernate names the violated constraint; only an identifier of our own schema, never a value. */
    private static String constraintName(Throwable failure) {
        for (Throwable t = failure; t != null; t = causeOf(t)) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().matches("[A-Za-z0-9_.]{1,100}")) {
                return violation.getConstraintName();
            }
        }
        return null;
    }

    private static Throwable causeOf(Throwable failure) {
        return failure.getCause() == failure ? null : failure.getCause();
    }
}
