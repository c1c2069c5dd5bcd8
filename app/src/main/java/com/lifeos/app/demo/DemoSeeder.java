package com.lifeos.app.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.lifeos.identity.account.AccountRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code --lifeos.demo.seed=demo@example.org}: opens a demo account and writes a year of its history through the
 * same commands the API sends, so a newcomer who logs in sees every part of the dashboard filled. An existing
 * account is left alone, so restarting with the same option changes nothing. With {@code lifeos.demo.users} it
 * opens a whole population (the benchmark's data set), several histories at a time: one history is a sequence of
 * round trips to the database, so the only way to fill the log faster through the real commands is to write
 * several people's lives side by side.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoProperties properties;
    private final AccountRegistration registration;
    private final DemoHistory history;
    private final Clock clock;

    DemoSeeder(DemoProperties properties, AccountRegistration registration, DemoHistory history, Clock clock) {
        this.properties = properties;
        this.registration = registration;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (properties.seed() == null || properties.seed().isBlank()) {
            return;
        }
        List<String> emails = properties.emails();
        Instant now = clock.instant();
        long started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(properties.parallelism(), emails.size()));
        try {
            List<Future<Integer>> written = new ArrayList<>();
            for (int n = 0; n < emails.size(); n++) {
                String email = emails.get(n);
                long randomSeed = properties.randomSeed() + n;
                written.add(workers.submit(() -> seed(email, now, randomSeed)));
            }
            int commands = 0;
            for (Future<Integer> one : written) {
                commands += one.get();
            }
            if (emails.size() > 1) {
                log.info("Demo population {}: {} accounts, {} commands in {} ms", properties.seed(), emails.size(),
                        commands, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing demo histories", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a demo history failed", e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private int seed(String email, Instant now, long randomSeed) {
        AccountRegistration.Opened account = registration.openOrFind(email, properties.password(), "Demo",
                properties.timezone());
        if (!account.isNew()) {
            log.info("Demo account {} exists already: left as it is", email);
            return 0;
        }
        int facts = history.write(account.accountId(), ZoneId.of(properties.timezone()), now, properties.days(),
                new Random(randomSeed));
        // the password is named only when it is the documented default: one an operator chose stays out of the logs
        String password = DemoProperties.DEFAULT_PASSWORD.equals(properties.password())
                ? "'" + DemoProperties.DEFAULT_PASSWORD + "'" : "as configured";
        log.info("Demo account {} (password {}) has {} days of history: {} commands", email, password,
                properties.days(), facts);
        return facts;
    }
}
