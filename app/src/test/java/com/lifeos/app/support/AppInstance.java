package com.lifeos.app.support;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import com.lifeos.app.LifeOsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One more running LifeOS, started by a test that needs several (or one configured its own way): the test profile,
 * a random port, this run's keys and {@link TestClock}, and the database of the given purpose — instances given the
 * same purpose share it, as production instances share theirs.
 */
public final class AppInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final RedisProcess redis;

    private AppInstance(ConfigurableApplicationContext context, RedisProcess redis) {
        this.context = context;
        this.redis = redis;
    }

    /** An instance with a redis-server of its own, which the test may stop and restart; closed with the instance. */
    public static AppInstance startWithOwnRedis(String databasePurpose, Map<String, Object> properties) {
        RedisProcess redis = RedisProcess.start();
        Map<String, Object> all = new HashMap<>(properties);
        all.put("spring.data.redis.host", "127.0.0.1");
        all.put("spring.data.redis.port", redis.port());
        try {
            return new AppInstance(run(databasePurpose, all, TestClock.clock()), redis);
        } catch (RuntimeException e) {
            redis.close();
            throw e;
        }
    }

    public static AppInstance start(String databasePurpose, Map<String, Object> properties) {
        return new AppInstance(run(databasePurpose, properties, TestClock.clock()), null);
    }

    /** An instance whose edge reads the given clock instead of the run's (the core is told the time by it). */
    public static AppInstance start(String databasePurpose, Map<String, Object> properties, Clock clock) {
        return new AppInstance(run(databasePurpose, properties, clock), null);
    }

    public RedisProcess redis() {
        return redis;
    }

    private static ConfigurableApplicationContext run(String databasePurpose, Map<String, Object> properties,
                                                      Clock clock) {
        Map<String, Object> all = new HashMap<>();
        all.put("server.port", 0);
        all.put("spring.datasource.url", TestDatabase.url(databasePurpose));
        all.put("spring.datasource.username", TestDatabase.user());
        all.put("spring.datasource.password", TestDatabase.password());
        all.put("lifeos.security.jwt.private-key", TestKeys.jwtPrivateKeyPem());
        all.put("lifeos.security.jwt.public-key", TestKeys.jwtPublicKeyPem());
        all.put("lifeos.crypto.master-key", TestKeys.masterKeyBase64());
        all.putAll(properties);
        // as arguments, so they win over application-test.yml as a deployment's settings win over the defaults
        String[] arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(LifeOsApplication.class).profiles("test")
                .initializers(context -> TestClock.install(context, clock))
                .run(arguments);
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public Api api() {
        return new Api("http://localhost:" + port());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
        if (redis != null) {
            redis.close();
        }
    }
}
