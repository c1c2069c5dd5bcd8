package com.lifeos.app.web.input;

import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/** Applies {@link RequestValues} to every {@code @RequestBody} of every controller, as soon as it is bound. */
@ControllerAdvice
class RequestBodyRules extends RequestBodyAdviceAdapter {

    private final RequestValues values;

    RequestBodyRules(RequestValues values) {
        this.values = values;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        values.check(body);
        return body;
    }
}
