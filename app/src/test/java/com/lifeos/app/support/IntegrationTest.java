package com.lifeos.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.lifeos.app.LifeOsApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An HTTP-level test of the whole app on a random port against this run's PostgreSQL database.
 * All such tests share one application context (and database); each test works with users of its own. The app reads
 * {@link TestClock}, as the tests do when they decide what "today" is.
 * Extend {@link ApiTestSupport} to get the configured context and an HTTP client. The application class is named,
 * so tests of code in other modules' packages (the demo's, say) boot the same application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = LifeOsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestClock.Initializer.class, TestDatabase.Initializer.class})
public @interface IntegrationTest {
}
