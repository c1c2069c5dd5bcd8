package com.lifeos.app.web;

import com.lifeos.shared.wire.EnumNames;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query parameters name enum values the way the JSON does ({@code ?status=on_hold}, {@code ?priority=HIGH}), read by
 * {@link EnumNames} like body values; an unknown value is a 400 naming the parameter and the allowed values.
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
            return source -> (T) EnumNames.parse((Class) targetType, source);
        }
    }
}
