package com.lifeos.store.crypto;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts sealing where personal text is stored: on the ObjectMapper behind Axon's event, snapshot and message
 * serializers ({@code defaultAxonObjectMapper}), so every event, snapshot and dead letter holds it sealed.
 * And keeps it out of log lines: PostgreSQL's error details quote the offending row's values.
 */
@Configuration(proxyBeanMethods = false)
class PersonalTextConfiguration {

    static final String AXON_OBJECT_MAPPER = "defaultAxonObjectMapper";

    @Bean
    static BeanPostProcessor personalTextSealing(ObjectProvider<PrivateText> privateText) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (AXON_OBJECT_MAPPER.equals(name) && bean instanceof ObjectMapper mapper) {
                    mapper.registerModule(new PersonalTextModule(privateText::getObject));
                }
                return bean;
            }
        };
    }

    /**
     * Without this, a failing write's exception message (logged by a retrying projection) carries PostgreSQL's
     * "Detail: Key (...)=(...)" line, i.e. the values of the row — a person's text among them.
     */
    @Bean
    static BeanPostProcessor noRowValuesInDatabaseErrors() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    pool.addDataSourceProperty("logServerErrorDetail", "false");
                }
                return bean;
            }
        };
    }
}
