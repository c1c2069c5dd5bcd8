package com.lifeos.app.demo;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Random;

import com.lifeos.app.account.AccountRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code --lifeos.demo.seed=demo@example.org}: opens a demo account and writes a year of its history through the
 * same commands the API sends, so a newcomer who logs in sees every part of the dashboard filled. An existing
 * account is left alone, so restarting with the same option changes nothing.
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
        AccountRegistration.Opened account = registration.openOrFind(properties.seed(), properties.password(),
                "Demo", properties.timezone());
        if (!account.isNew()) {
            log.info("Demo account {} exists already: left as it is", properties.seed());
            return;
        }
        ZoneId zone = ZoneId.of(properties.timezone());
        int facts = history.write(account.accountId(), zone, clock.instant(), properties.days(),
                new Random(properties.randomSeed()));
        log.info("Demo account {} (password '{}') has {} days of history: {} commands", properties.seed(),
                properties.password(), properties.days(), facts);
    }
}
