package com.lifeos.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lifeos.demo.*}: with {@code seed} set to an email, the app creates that account at start-up (when it does
 * not exist yet) with {@code days} of realistic history ending today, in {@code timezone}; {@code random-seed}
 * makes the history the same on every run.
 */
@ConfigurationProperties("lifeos.demo")
record DemoProperties(String seed,
                      @DefaultValue("lifeos demo") String password,
                      @DefaultValue("Europe/Berlin") String timezone,
                      @DefaultValue("365") int days,
                      @DefaultValue("42") long randomSeed) {
}
