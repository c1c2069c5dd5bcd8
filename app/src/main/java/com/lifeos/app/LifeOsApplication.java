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
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(LifeOsApplication.class, args);
    }
}
