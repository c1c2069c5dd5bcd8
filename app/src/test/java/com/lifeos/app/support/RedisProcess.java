package com.lifeos.app.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A redis-server of a test's own, on a spare port, so the test can stop and restart it — the shared one on 6379 is
 * never touched. Needs {@code redis-server} on the PATH (or {@code LIFEOS_TEST_REDIS_SERVER}); fails loudly if not.
 */
public final class RedisProcess implements AutoCloseable {

    private final int port;
    private Process process;

    private RedisProcess(int port) {
        this.port = port;
    }

    public static RedisProcess start() {
        RedisProcess redis = new RedisProcess(sparePort());
        redis.restart();
        return redis;
    }

    public int port() {
        return port;
    }

    public void restart() {
        String binary = System.getenv().getOrDefault("LIFEOS_TEST_REDIS_SERVER", "redis-server");
        try {
            process = new ProcessBuilder(binary, "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true).redirectOutput(new File(System.getProperty("java.io.tmpdir"),
                            "lifeos-test-redis-" + port + ".log")).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + binary + " for the Redis outage tests: install "
                    + "redis-server or set LIFEOS_TEST_REDIS_SERVER to its path", e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("redis-server did not listen on " + port);
    }

    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Freezes the server (SIGSTOP): connections stay open and commands are taken but never answered — a hung Redis. */
    public void pause() {
        signal("-STOP");
    }

    /** Lets a paused server go on (SIGCONT), answering what it was sent meanwhile. */
    public void resume() {
        signal("-CONT");
    }

    private void signal(String signal) {
        try {
            int exit = new ProcessBuilder("kill", signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill " + signal + " failed: " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The keys matching a pattern, one a line, as redis-cli lists them. */
    public String keys(String pattern) {
        try {
            Process cli = new ProcessBuilder("redis-cli", "-p", String.valueOf(port), "--scan", "--pattern", pattern)
                    .redirectErrorStream(true).start();
            String out = new String(cli.getInputStream().readAllBytes());
            cli.waitFor();
            return out.strip();
        } catch (IOException e) {
            throw new IllegalStateException("redis-cli is needed next to redis-server", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int sparePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
