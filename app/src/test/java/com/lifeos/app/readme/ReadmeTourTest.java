package com.lifeos.app.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.lifeos.app.support.AppInstance;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's tour, run as the script a newcomer pastes: every block marked {@code bash tour}, in order, against a
 * server whose clock reads 07:00 today in the tour's zone — the hour at which steps dated "today at 10:00" used to
 * fail. The tour stops at its first failing step, so this passes only when every step succeeds.
 */
class ReadmeTourTest {

    private static final ZoneId TOUR_ZONE = ZoneId.of("Europe/Berlin");
    private static final String TOUR_FENCE = "```bash tour";

    @TempDir
    Path workingDirectory;

    @Test
    void everyStepOfTheTourSucceedsAtSevenInTheMorning() throws Exception {
        List<String> blocks = tourBlocks(readme());
        assertThat(blocks).as("blocks marked %s in README.md", TOUR_FENCE).hasSizeGreaterThan(5);
        Path script = workingDirectory.resolve("tour.sh");
        Files.writeString(script, String.join("\n", blocks), StandardCharsets.UTF_8);

        ZonedDateTime sevenToday = TestClock.today(TOUR_ZONE).atTime(7, 0).atZone(TOUR_ZONE);
        Clock atSeven = Clock.offset(TestClock.clock(), Duration.between(TestClock.now(), sevenToday.toInstant()));
        try (AppInstance app = AppInstance.start("readme_tour", Map.of(), atSeven)) {
            Path output = Files.createDirectories(Path.of("target")).resolve("readme-tour.log");
            // -x: the transcript shows each command before its answer, so a failure names its step
            ProcessBuilder bash = new ProcessBuilder("bash", "-x", script.toString())
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            bash.environment().put("API", "http://localhost:" + app.port());
            Process process = bash.start();
            boolean finished = process.waitFor(5, TimeUnit.MINUTES);
            if (!finished) {
                process.destroyForcibly();
            }
            String transcript = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(finished).as("the tour finished within 5 minutes:%n%s", tail(transcript)).isTrue();
            assertThat(process.exitValue()).as("the tour's exit status; its output ends:%n%s", tail(transcript))
                    .isZero();
        }
    }

    static List<String> tourBlocks(List<String> lines) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : lines) {
            if (block == null && line.strip().equals(TOUR_FENCE)) {
                block = new StringBuilder();
            } else if (block != null && line.strip().equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        assertThat(block).as("every tour block in README.md is closed").isNull();
        return blocks;
    }

    private static List<String> readme() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path readme = dir.resolve("README.md");
            if (Files.exists(readme) && Files.exists(dir.resolve("lifeos"))) {
                return Files.readAllLines(readme, StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }

    private static String tail(String transcript) {
        String[] lines = transcript.split("\n");
        int from = Math.max(0, lines.length - 20);
        return Arrays.stream(lines, from, lines.length)
                .map(line -> line.length() > 400 ? line.substring(0, 400) + " …" : line)
                .collect(Collectors.joining("\n", "", "\n(the whole transcript: app/target/readme-tour.log)"));
    }
}
