package com.lifeos.store.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.TimeoutOptions;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Redis is an accelerator, never a dependency a request waits on: while the connection is down, commands fail at
 * once instead of queueing until their timeout, so callers fall back to their in-process path immediately; and every
 * command, asynchronous ones included (the rate-limit buckets use those), fails after {@code lifeos.redis.command-timeout}
 * when Redis is hung rather than gone. Spring Boot's own options (connect timeout, SSL) are kept.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(RedisConfigured.class)
class RedisConfiguration {

    @Bean
    LettuceClientOptionsBuilderCustomizer failFastWhileDisconnectedOrHung(RedisGuardProperties properties) {
        return options -> options
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(properties.commandTimeout()));
    }
}
