package com.lifeos.app.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * A path of the API with a trailing slash is the path without it ({@code GET /api/habits/} is {@code GET /api/habits}):
 * the request is rewritten before security and routing see it, so both spellings meet the same rules. Other paths
 * (Swagger UI, the actuator) keep their own handling.
 */
@Configuration(proxyBeanMethods = false)
class TrailingSlashes {

    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        FilterRegistrationBean<UrlHandlerFilter> registration =
                new FilterRegistrationBean<>(UrlHandlerFilter.trailingSlashHandler("/api/**", ProblemType.PATH + "/**").wrapRequest().build());
        // right after the body-size cap (the very first), before Spring Security's chain
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
