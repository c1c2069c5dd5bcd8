package com.lifeos.store.redis;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Hosting platforms hand out Redis as {@code REDIS_URL}; it means {@code spring.data.redis.url} unless that is set.
 * Done here rather than as a placeholder in application.yml because an empty URL would be a configured Redis.
 */
public class RedisUrlEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("REDIS_URL");
        if (url != null && !url.isBlank() && !environment.containsProperty("spring.data.redis.url")) {
            environment.getPropertySources().addLast(new MapPropertySource("redisUrl",
                    Map.of("spring.data.redis.url", url)));
        }
    }
}
