package com.lifeos.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lifeos.demo.*}: with {@code seed} set to an email, the app creates that account at start-up (when it does
 * not exist yet) with {@code days} of realistic history ending today, in {@code timezone}; {@code random-seed}
 * makes the history the same on every run. With {@code users} above 1 it opens that many accounts instead,
 * {@code name+1@domain} to {@code name+N@domain} for a seed of {@code name@domain} (a population for benchmarks),
 * writing {@code parallelism} histories at a time.
 */
@ConfigurationProperties("lifeos.demo")
record DemoProperties(String seed,
                      @DefaultValue(DemoProperties.DEFAULT_PASSWORD) String password,
                      @DefaultValue("Europe/Berlin") String timezone,
                      @DefaultValue("365") int days,
                      @DefaultValue("42") long randomSeed,
                      @DefaultValue("1") int users,
                      @DefaultValue("2") int parallelism) {

    /** The password the README gives for demo accounts. */
    static final String DEFAULT_PASSWORD = "lifeos demo";

    DemoProperties {
        if (users < 1) {
            throw new IllegalArgumentException("lifeos.demo.users must be at least 1, was " + users);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("lifeos.demo.parallelism must be at least 1, was " + parallelism);
        }
    }

    /** The accounts to open: the seed itself for one user, else numbered sub-addresses of it. */
    java.util.List<String> emails() {
        if (users == 1) {
            return java.util.List.of(seed);
        }
        int at = seed.lastIndexOf('@');
        String local = at < 0 ? seed : seed.substring(0, at);
        String domain = at < 0 ? "" : seed.substring(at);
        return java.util.stream.IntStream.rangeClosed(1, users).mapToObj(n -> local + "+" + n + domain).toList();
    }
}
