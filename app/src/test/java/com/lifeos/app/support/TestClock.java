package com.lifeos.app.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one clock of a test run, read by the application under test (its {@code Clock} bean and the time stamps of its
 * events) and by the tests whenever they decide what "today" or "now" is — so a run that crosses midnight no longer
 * finds the test and the application on two different dates. It starts at noon UTC of the day the run started and
 * ticks from there: half a day before the date changes in UTC, and a known hour in every zone (21:00 in Tokyo, the
 * next day's early hours in Auckland or Kiritimati), while time still passes for token lifetimes and rate windows.
 */
public final class TestClock {

    private static final Clock RUN = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(),
            LocalDate.now(ZoneOffset.UTC).atTime(12, 0).toInstant(ZoneOffset.UTC)));

    private TestClock() {
    }

    public static Clock clock() {
        return RUN;
    }

    public static Instant now() {
        return RUN.instant();
    }

    /** Today for a user in UTC. */
    public static LocalDate today() {
        return LocalDate.now(RUN);
    }

    /** Today for a user in the given zone. */
    public static LocalDate today(ZoneId zone) {
        return LocalDate.now(RUN.withZone(zone));
    }

    public static LocalDate today(String zone) {
        return today(ZoneId.of(zone));
    }

    /** Gives an application context the run's clock, as {@link AppInstance} does with a clock of a test's choosing. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            install(context, RUN);
        }
    }

    static void install(ConfigurableApplicationContext context, Clock edge) {
        // events are stamped by Axon's own clock, and the projections keep those stamps (created_at, the audit's
        // occurred_at): the run's clock, so they tell the same day as the tests
        GenericEventMessage.clock = RUN;
        context.getBeanFactory().registerSingleton("clock", edge);
    }
}
