package com.lifeos.app.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * A path with a trailing slash is the path without it ({@code GET /api/habits/} is {@code GET /api/habits}): the
 * request is rewritten before security and routing see it, so both spellings meet the same rules.
 */
@Configuration(proxyBeanMethods = false)
class TrailingSlashes {

    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        FilterRegistrationBean<UrlHandlerFilter> registration =
                new FilterRegistrationBean<>(UrlHandlerFilter.trailingSlashHandler("/**").wrapRequest().build());
        // right after the body-size cap (the very first), before Spring Security's chain
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
