package com.lifeos.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** One PostgreSQL database and the account to sign in with: the benchmark's JDBC connections and the app's. */
record Database(String url, String user, String password) {

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The same database with one more JDBC URL parameter ({@code name=value}). */
    Database with(String parameter) {
        return new Database(url + (url.contains("?") ? "&" : "?") + parameter, user, password);
    }

    /** The database's name: the last part of its URL. */
    String name() {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
