package com.lifeos.identity.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail LifeOS sends. The SMTP server itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} nothing is sent and the content that matters is logged instead.
 *
 * @param from the sender of LifeOS mail
 */
@ConfigurationProperties(prefix = "lifeos.mail")
public record LifeosMailProperties(@DefaultValue("LifeOS <no-reply@lifeos.local>") String from) {
}
