package com.lifeos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The app under test as its own process, started from the built jar against the bench database with freshly
 * generated secrets (PostgreSQL refuses generated-on-disk keys), and stopped with SIGTERM like an operator would.
 */
final class AppProcess implements AutoCloseable {

    static final String ADMIN_EMAIL = "admin@bench.local";

    private final Path jar;
    private final Path logDir;
    private final Database database;
    private final int port;
    private final Map<String, String> secrets;
    private Process process;
    private int starts;

    AppProcess(Path jar, Path logDir, Database database, int port) {
        this.jar = jar;
        this.logDir = logDir;
        this.database = database;
        this.port = port;
        this.secrets = secrets(logDir.resolve(database.name() + ".secrets"));
    }

    /**
     * Kept beside the logs per database: a run that goes on with a kept database (--database) must open the private
     * text the earlier run sealed, so it starts the app with the same master key.
     */
    private static Map<String, String> secrets(Path file) {
        try {
            if (Files.exists(file)) {
                java.util.Properties kept = new java.util.Properties();
                try (var in = Files.newInputStream(file)) {
                    kept.load(in);
                }
                Map<String, String> loaded = new java.util.HashMap<>();
                kept.forEach((key, value) -> loaded.put((String) key, (String) value));
                return loaded;
            }
            Map<String, String> fresh = freshSecrets();
            java.util.Properties out = new java.util.Properties();
            out.putAll(fresh);
            Files.createDirectories(file.getParent());
            try (var stream = Files.newOutputStream(file)) {
                out.store(stream, "secrets of one bench database");
            }
            return fresh;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> freshSecrets() {
        try {
            byte[] master = new byte[32];
            new SecureRandom().nextBytes(master);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return Map.of("LIFEOS_MASTER_KEY", Base64.getEncoder().encodeToString(master),
                    "LIFEOS_SECURITY_JWT_PRIVATE_KEY", pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
                    "LIFEOS_SECURITY_JWT_PUBLIC_KEY", pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + kind + "-----\n";
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Starts the app with extra {@code --key=value} arguments and waits until it is healthy (demo seeding included). */
    void start(List<String> arguments, Duration timeout) throws IOException, InterruptedException {
        close();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseG1GC", "-Xmx2g", "-jar", jar.toString(), "--server.port=" + port,
                // the request limits stay in the path (their cost is part of every request) but never refuse: the
                // read path's one user sends thousands of requests a minute, far over the per-user default
                "--lifeos.rate-limit.per-user.requests=1000000000", "--lifeos.rate-limit.per-user.window=1m",
                "--lifeos.rate-limit.auth.requests=1000000000", "--lifeos.rate-limit.auth.window=1m"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(secrets);
        builder.environment().put("SPRING_DATASOURCE_URL", database.url());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", database.user());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
        builder.environment().put("LIFEOS_ADMIN_EMAILS", ADMIN_EMAIL);
        Files.createDirectories(logDir);
        Path log = logDir.resolve("app-" + (++starts) + ".log");
        // a flight recording of every start, for finding where the time goes (jfr view hot-methods app-N.jfr)
        command.add(1, "-XX:StartFlightRecording=filename=" + logDir.resolve("app-" + starts + ".jfr") + ",settings=profile");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        process = builder.start();
        Http http = new Http(base());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + ": see " + log);
            }
            Http.Answer health = http.get("/actuator/health", null);
            if (health.ok()) {
                return;
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("the app was not healthy within " + timeout + ": see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Resident memory of the app process in MiB (Linux), or -1 where /proc is not there. */
    long residentMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
