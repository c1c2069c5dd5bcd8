package com.lifeos.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rebuilds read models through the admin API the way an analyst does, timing from the first replay request until
 * every group asked for has caught up with the head again, while sampling the app's memory.
 */
final class Replays {

    private final Http http;
    private final AppProcess app;
    private final String adminToken;

    Replays(Http http, AppProcess app, String adminToken) {
        this.http = http;
        this.app = app;
        this.adminToken = adminToken;
    }

    List<String> groups() {
        List<String> names = new ArrayList<>();
        for (JsonNode item : statuses().path("items")) {
            names.add(item.path("name").asText());
        }
        return names;
    }

    private JsonNode statuses() {
        Http.Answer answer = http.get("/api/admin/projections", adminToken);
        if (!answer.ok()) {
            throw new IllegalStateException("projection status: " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }

    void awaitCaughtUpAll() throws InterruptedException {
        awaitCaughtUp(groups());
    }

    /** The sum of every group's lag behind the head, as the status API reports it now. */
    long totalLag() {
        long lag = 0;
        for (JsonNode item : statuses().path("items")) {
            lag += item.path("lag").asLong();
        }
        return lag;
    }

    void awaitCaughtUp(List<String> groups) throws InterruptedException {
        while (!caughtUp(groups)) {
            Thread.sleep(100);
        }
    }

    private boolean caughtUp(List<String> groups) {
        for (JsonNode item : statuses().path("items")) {
            if (groups.contains(item.path("name").asText())) {
                if (item.path("replaying").asBoolean() || item.path("lag").asLong() > 0
                        || !item.path("status").asText().equals("running")) {
                    return false;
                }
            }
        }
        return true;
    }

    ObjectNode replay(List<String> groups, long events) throws InterruptedException {
        AtomicLong peakHeap = new AtomicLong();
        AtomicLong peakResident = new AtomicLong();
        // what the heap holds after the collector has run: flat when replay memory does not grow with events, while
        // the peak of the used heap mostly shows how far G1 lets garbage pile up before collecting it
        AtomicLong peakLive = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Http.Answer heap = http.get("/actuator/metrics/jvm.memory.used?tag=area:heap", adminToken);
                if (heap.ok()) {
                    long bytes = (long) heap.json().path("measurements").path(0).path("value").asDouble();
                    peakHeap.accumulateAndGet(bytes / (1024 * 1024), Math::max);
                }
                Http.Answer live = http.get("/actuator/metrics/jvm.gc.live.data.size", adminToken);
                if (live.ok()) {
                    long bytes = (long) live.json().path("measurements").path(0).path("value").asDouble();
                    peakLive.accumulateAndGet(bytes / (1024 * 1024), Math::max);
                }
                peakResident.accumulateAndGet(app.residentMib(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        for (String group : groups) {
            Http.Answer answer = http.post("/api/admin/projections/" + group + "/replay", adminToken, "");
            if (!answer.ok()) {
                throw new IllegalStateException("replay " + group + ": " + answer.status() + " " + answer.body());
            }
        }
        // asking is not free: each request stops the group's processor, resets its token and waits for the claim
        double requestSeconds = (System.nanoTime() - start) / 1e9;
        awaitCaughtUp(groups);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        String name = groups.size() == 1 ? groups.getFirst() : "all " + groups.size() + " groups";
        System.out.printf("  replay %-22s %7.1f s (%.1f s of it asking) = %8.0f events/s, peak heap %d MiB (live after"
                + " GC %d), peak RSS %d MiB%n", name, seconds, requestSeconds, events / seconds, peakHeap.get(),
                peakLive.get(), peakResident.get());
        return Http.JSON.createObjectNode().put("seconds", seconds).put("request_seconds", requestSeconds).put("events_per_second", events / seconds)
                .put("peak_heap_mib", peakHeap.get()).put("peak_live_heap_mib", peakLive.get())
                .put("peak_resident_mib", peakResident.get());
    }
}
