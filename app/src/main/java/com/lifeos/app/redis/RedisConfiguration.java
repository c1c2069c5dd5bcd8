package com.lifeos.app.redis;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Redis is an accelerator, never a dependency a request waits on: while the connection is down, commands fail at
 * once instead of queueing until their timeout, so callers fall back to their in-process path immediately.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(RedisConfigured.class)
class RedisConfiguration {

    @Bean
    LettuceClientConfigurationBuilderCustomizer failFastWhileDisconnected() {
        return builder -> builder.clientOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
    }
}
