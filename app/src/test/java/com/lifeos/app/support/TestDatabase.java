package com.lifeos.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the integration tests run against, and a database of their own on it.
 * Where it comes from (DESIGN.md, Tests): LIFEOS_TEST_PG_URL / _USER / _PASSWORD when set, else a
 * server on 127.0.0.1:5432 (user postgres), else a Testcontainers PostgreSQL when a Docker engine is
 * there. A fresh database is created for each test JVM, so a run never depends on what an earlier one
 * left behind. No server at all → the run fails and says how to provide one.
 */
public final class TestDatabase {

    private static String SERVER_URL = env("LIFEOS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static String USER = env("LIFEOS_TEST_PG_USER", "postgres");
    private static String PASSWORD = env("LIFEOS_TEST_PG_PASSWORD", "");
    private static boolean serverChecked;

    private static final java.util.Map<String, String> URLS = new java.util.concurrent.ConcurrentHashMap<>();

    private TestDatabase() {
    }

    public static String user() {
        ensureServer();
        return USER;
    }

    public static String password() {
        ensureServer();
        return PASSWORD;
    }

    /** The JDBC URL of this test run's own database, created on first use. */
    public static String url() {
        return url("main");
    }

    /**
     * A database of its own for each differently configured application context: two contexts on one
     * database would compete for the same event processor tokens, as two instances of the app do.
     */
    public static String url(String purpose) {
        return URLS.computeIfAbsent(purpose, TestDatabase::create);
    }

    private static synchronized void ensureServer() {
        if (serverChecked) {
            return;
        }
        serverChecked = true;
        try (Connection ignored = DriverManager.getConnection(SERVER_URL + "postgres", USER, PASSWORD)) {
            return;
        } catch (SQLException unreachable) {
            if (System.getenv("LIFEOS_TEST_PG_URL") != null || !dockerAvailable()) {
                return;
            }
        }
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        SERVER_URL = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
        USER = container.getUsername();
        PASSWORD = container.getPassword();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    private static String create(String purpose) {
        ensureServer();
        String name = "lifeos_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + purpose + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
        try (Connection c = DriverManager.getConnection(SERVER_URL + "postgres", USER, PASSWORD)) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    The integration tests need a PostgreSQL server and could not reach one at %s (user %s): %s
                    Start the local one (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start),
                    or point LIFEOS_TEST_PG_URL (e.g. jdbc:postgresql://host:5432/), LIFEOS_TEST_PG_USER and
                    LIFEOS_TEST_PG_PASSWORD at one. `bash .ci/run` starts the local services for you."""
                    .formatted(SERVER_URL, USER, e.getMessage()), e);
        }
        // Spring Boot runs its shutdown handlers after it has closed every application context: a database dropped
        // in a JVM hook of its own, beside that close, cut the event processors off mid-batch, and each waited out
        // its connection timeout while the closing context waited for them.
        SpringApplication.getShutdownHandlers().add(() -> drop(name));
        return SERVER_URL + name;
    }

    private static void drop(String name) {
        try (Connection c = DriverManager.getConnection(SERVER_URL + "postgres", USER, PASSWORD)) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // a database left behind is harmless: every run creates its own
        }
    }

    /**
     * Points an application context at the database for its {@code lifeos.test.database} (default {@code main}): a
     * test class configured differently names a database of its own with
     * {@code @TestPropertySource(properties = "lifeos.test.database=...")}. (A {@code spring.datasource.url} of the
     * class's own beside the base class's did not reliably win, and a context that silently shared the main database
     * competed with the main context for its event processors' tokens.)
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String purpose = context.getEnvironment().getProperty("lifeos.test.database", "main");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("lifeosTestDatabase",
                    java.util.Map.of("spring.datasource.url", url(purpose))));
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
