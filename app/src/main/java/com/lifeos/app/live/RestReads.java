package com.lifeos.app.live;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.lifeos.shared.error.NotFound;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Answers a REST read (a GET handler of one of the controllers) without HTTP, so a live update's data is exactly
 * what that read returns — the same query, the same private text opened for its owner, the same JSON shape — with
 * no second copy of any controller's response mapping. Arguments are matched to the handler's parameters by type.
 */
@Component
class RestReads {

    private final RequestMappingHandlerMapping mappings;
    private final Map<String, HandlerMethod> handlers = new ConcurrentHashMap<>();

    RestReads(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    /** The body {@code GET path} answers; null when it answers 404 (deleted, or never there). */
    Object get(String path, Object... arguments) {
        HandlerMethod handler = handlers.computeIfAbsent(path, this::handlerOf);
        Method method = handler.getMethod();
        Object[] values = new Object[method.getParameterCount()];
        boolean[] used = new boolean[arguments.length];
        Class<?>[] types = method.getParameterTypes();
        for (int p = 0; p < types.length; p++) {
            for (int a = 0; a < arguments.length; a++) {
                if (!used[a] && types[p].isInstance(arguments[a])) {
                    values[p] = arguments[a];
                    used[a] = true;
                    break;
                }
            }
        }
        try {
            return method.invoke(handler.getBean(), values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof NotFound) {
                return null;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private HandlerMethod handlerOf(String path) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (info.getPatternValues().contains(path)
                    && info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                HandlerMethod handler = entry.getValue().createWithResolvedBean();
                handler.getMethod().setAccessible(true);
                return handler;
            }
        }
        throw new IllegalStateException("no GET handler for " + path);
    }
}
