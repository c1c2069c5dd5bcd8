package com.lifeos.app.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process whose start fails exits with a non-zero code, even when a thread that is not a daemon is still running (a
 * supervisor or a terminal must see the failure, not a JVM that lingers with nothing listening). The application is
 * started in a process of its own, from its own classes (not the tests'), with a setting it refuses.
 */
class StartUpFailureTest {

    /** Far above a start on a busy two-core machine; a process that does not exit never gets there. */
    private static final long BOUND_SECONDS = 240;

    @TempDir
    Path workingDirectory;

    @Test
    void aProcessThatCannotStartExitsWithAFailureCode() throws Exception {
        Path log = workingDirectory.resolve("lifeos.log");
        // refused while the web server is made, before the database, so the test costs a JVM start and little more
        Process process = new ProcessBuilder(command("--server.port=eighty"))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            boolean exited = process.waitFor(BOUND_SECONDS, TimeUnit.SECONDS);

            assertThat(exited).as("the process exited within %d s; its output:%n%s", BOUND_SECONDS, tail(log))
                    .isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(Files.readString(log)).contains("APPLICATION FAILED TO START", "server.port");
        } finally {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** This JVM's java, the application's classpath without the test classes, and the launcher's class alone. */
    private List<String> command(String... arguments) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String launcher = OutlivingThreadLauncher.class.getName();
        Path launcherClasses = workingDirectory.resolve("launcher");
        Path classFile = Path.of(launcher.replace('.', File.separatorChar) + ".class");
        Path testClasses = Path.of(OutlivingThreadLauncher.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Files.createDirectories(launcherClasses.resolve(classFile).getParent());
        Files.copy(testClasses.resolve(classFile), launcherClasses.resolve(classFile));
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().equals(testClasses.toAbsolutePath()))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp",
                launcherClasses + File.pathSeparator + classpath, launcher));
        command.addAll(List.of(arguments));
        return command;
    }

    private static String tail(Path log) throws Exception {
        List<String> lines = Files.readAllLines(log);
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
