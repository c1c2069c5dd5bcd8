package com.lifeos.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A closed-loop load: {@code clients} threads, each sending its next request as soon as the last one answered, for a
 * warm-up and then a measured window. Latencies go into an HdrHistogram (microseconds); a non-2xx answer is an error.
 */
final class Load {

    /** One client's next request; answers whether it succeeded. */
    interface Step {
        boolean run();

        /** Untimed work before each timed request: a write whose effect the timed read must not find cached. */
        default boolean prepare() {
            return true;
        }
    }

    record Result(String name, int clients, long requests, long errors, double seconds, double perSecond,
                  double p50Ms, double p95Ms, double p99Ms, double maxMs) {
        ObjectNode json() {
            ObjectNode node = Http.JSON.createObjectNode();
            node.put("name", name).put("clients", clients).put("requests", requests).put("errors", errors)
                    .put("seconds", seconds).put("per_second", perSecond).put("p50_ms", p50Ms)
                    .put("p95_ms", p95Ms).put("p99_ms", p99Ms).put("max_ms", maxMs);
            return node;
        }
    }

    private Load() {
    }

    static Result run(String name, int clients, double warmUpSeconds, double seconds, IntFunction<Step> clientSteps) {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmUpSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Step step = clientSteps.apply(c);
            threads.add(Thread.ofPlatform().name(name + "-" + c).start(() -> {
                while (true) {
                    if (System.nanoTime() >= end) {
                        return;
                    }
                    boolean prepared = step.prepare();
                    long before = System.nanoTime();
                    boolean ok = step.run() && prepared;
                    long after = System.nanoTime();
                    if (before >= measureFrom) {
                        recorder.recordValue(Math.max(1, (after - before) / 1000));
                        requests.incrementAndGet();
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double measured = (System.nanoTime() - measureFrom) / 1e9;
        Histogram histogram = recorder.getIntervalHistogram();
        Result result = new Result(name, clients, requests.get(), errors.get(), measured, requests.get() / measured,
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
        System.out.printf("  %-28s %3d clients: %8.1f/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  errors %d%n",
                name, clients, result.perSecond(), result.p50Ms(), result.p95Ms(), result.p99Ms(), result.errors());
        return result;
    }
}
