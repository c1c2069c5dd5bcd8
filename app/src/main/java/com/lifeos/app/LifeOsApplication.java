package com.lifeos.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The one deployable: REST, security and wiring around the command, projection and query modules. */
@SpringBootApplication(scanBasePackages = "com.lifeos")
@EntityScan("com.lifeos")
@EnableJpaRepositories("com.lifeos")
@ConfigurationPropertiesScan("com.lifeos")
public class LifeOsApplication {

    /** The process's exit code when it could not start. */
    static final int START_UP_FAILED = 1;

    static {
        // Axon's anonymous update check phones home; LifeOS runs on closed networks too.
        quietUnlessSet("axoniq.update-checker.disabled");
        // Axon prints a banner advertising its hosted console at every start; LifeOS does not use it.
        quietUnlessSet("disable-axoniq-console-message");
    }

    public static void main(String[] args) {
        try {
            SpringApplication.run(LifeOsApplication.class, args);
        } catch (SpringApplication.AbandonedRunException onPurpose) {
            throw onPurpose; // a tool (AOT processing, a test's SpringApplication.from) stopped the run: no failure
        } catch (RuntimeException | Error failed) {
            // Spring Boot has already logged why (and closed what it had started), but a thread that outlives the
            // context (Axon's, for one) would keep the JVM up with nothing listening: a supervisor must see it fail.
            System.exit(START_UP_FAILED);
        }
    }

    private static void quietUnlessSet(String property) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, "true");
        }
    }
}
