package com.lifeos.app.web.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import com.lifeos.api.shared.DateBounds;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query parameters and path variables go through the same rules as bodies: {@link RequestParameterRules} for their
 * text, and these formatters for dates, which parse ISO-8601 (as {@code @DateTimeFormat(iso = DATE)} does) and
 * refuse anything outside {@link DateBounds}. Registered after Spring's own, they take precedence for every
 * parameter of these types, annotated or not.
 */
@Configuration
class InputWebConfiguration implements WebMvcConfigurer {

    private final RequestParameterRules parameterRules;

    InputWebConfiguration(RequestParameterRules parameterRules) {
        this.parameterRules = parameterRules;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(parameterRules);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class,
                bounded(text -> LocalDate.parse(text, DateTimeFormatter.ISO_DATE), date -> date));
        registry.addFormatterForFieldType(YearMonth.class, bounded(YearMonth::parse, month -> month.atDay(1)));
        registry.addFormatterForFieldType(OffsetDateTime.class,
                bounded(OffsetDateTime::parse, OffsetDateTime::toLocalDate));
        registry.addFormatterForFieldType(Instant.class,
                bounded(Instant::parse, instant -> LocalDate.ofInstant(instant, ZoneOffset.UTC)));
    }

    private static <T> Formatter<T> bounded(Function<String, T> parse, Function<T, LocalDate> dateOf) {
        return new Formatter<>() {
            @Override
            public T parse(String text, java.util.Locale locale) {
                T value = parse.apply(text.strip());
                if (!DateBounds.contains(dateOf.apply(value))) {
                    throw new ValueOutOfRange(DateBounds.MESSAGE);
                }
                return value;
            }

            @Override
            public String print(T value, java.util.Locale locale) {
                return value.toString();
            }
        };
    }
}
