package com.lifeos.app.web;

import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query parameters name enum values the way the JSON does ({@code ?status=on_hold}, {@code ?priority=high}),
 * so they are matched without regard to case; an unknown value is still a 400 naming the parameter.
 */
@Component
class LenientEnums implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new StringToEnum());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class StringToEnum implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
            return source -> {
                String name = source.trim().replace('-', '_').toUpperCase(Locale.ROOT);
                return name.isEmpty() ? null : (T) Enum.valueOf(targetType, name);
            };
        }
    }
}
