package com.lifeos.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.lifeos.app.support.AppInstance;
import org.junit.jupiter.api.Test;

/**
 * The web app in a real browser: web/e2e/run.mjs drives the machine's Chromium (playwright-core) through sign-up,
 * habits, live updates, goals, two users, sign-out and axe checks, against an instance of its own serving the SPA
 * built by the web module. The script's transcript is kept in app/target/browser-test.log.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void theWebAppWorksInABrowser() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("the browser tests need Chromium at %s: install it with `apt-get install -y chromium`", CHROMIUM)
                .isTrue();
        Path web = repositoryRoot().resolve("web");
        Path build = web.resolve("target/classes/static");
        assertThat(build.resolve("index.html")).as("the web module's build (run the web module first)").exists();
        // the web module's build, not the fixture app's test classpath has in static/ for SinglePageAppTest
        try (AppInstance app = AppInstance.start("browser", Map.of("lifeos.web.location", build.toUri().toString()))) {
            Path output = Files.createDirectories(Path.of("target")).resolve("browser-test.log");
            ProcessBuilder node = new ProcessBuilder("node", "e2e/run.mjs")
                    .directory(web.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            // localhost, not 127.0.0.1: Chromium keeps the Secure refresh cookie only on a secure context
            node.environment().put("BASE_URL", "http://localhost:" + app.port());
            node.environment().put("CHROMIUM", CHROMIUM.toString());
            Process process = node.start();
            // a guard against a hung browser, not a speed check: the scenarios take about 2 minutes on a quiet 2-core
            // machine, and a busy one can double that
            boolean finished = process.waitFor(8, TimeUnit.MINUTES);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            String transcript = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(finished).as("the browser tests finished within 8 minutes:%n%s", transcript).isTrue();
            assertThat(process.exitValue()).as("the browser tests' exit status:%n%s", transcript).isZero();
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("lifeos")) && Files.isDirectory(dir.resolve("web/e2e"))) {
                return dir;
            }
        }
        throw new IllegalStateException("the repository (lifeos and web/e2e) not found above "
                + Path.of("").toAbsolutePath());
    }
}
