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

    static {
        // Axon's anonymous update check phones home; LifeOS runs on closed networks too.
        quietUnlessSet("axoniq.update-checker.disabled");
        // Axon prints a banner advertising its hosted console at every start; LifeOS does not use it.
        quietUnlessSet("disable-axoniq-console-message");
    }

    public static void main(String[] args) {
        SpringApplication.run(LifeOsApplication.class, args);
    }

    private static void quietUnlessSet(String property) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, "true");
        }
    }
}
