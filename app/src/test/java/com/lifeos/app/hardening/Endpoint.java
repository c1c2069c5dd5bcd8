package com.lifeos.app.hardening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One REST endpoint of the app as Spring MVC maps it: method, path pattern, what it consumes when that is not JSON,
 * and its parameters. Read from the handler mapping, so a new endpoint joins the corpus by itself.
 */
record Endpoint(String method, String pattern, String consumes, HandlerMethod handler) {

    /** Every endpoint under {@code /api} of the application's own controllers (test controllers left out). */
    static List<Endpoint> all(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (isTestCode(handler)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    endpoints.add(new Endpoint(method.name(), pattern, consumesOf(info), handler));
                }
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::key));
        return endpoints;
    }

    /** How the corpus names the endpoint: {@code POST /api/habits}, plus the media type when it is not JSON. */
    String key() {
        return method + " " + pattern + (consumes == null ? "" : " [" + consumes + "]");
    }

    Optional<MethodParameter> body() {
        return parameters().stream().filter(p -> p.hasParameterAnnotation(RequestBody.class)).findFirst();
    }

    boolean readsBody() {
        return consumes != null || body().isPresent()
                || parameters().stream().anyMatch(p -> p.hasParameterAnnotation(RequestPart.class)
                || p.getParameterType() == java.io.InputStream.class);
    }

    List<MethodParameter> queryParameters() {
        return parameters().stream().filter(p -> p.hasParameterAnnotation(RequestParam.class)).toList();
    }

    boolean hasPathVariables() {
        return parameters().stream().anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
    }

    static String nameOf(MethodParameter parameter) {
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        if (annotation != null && !annotation.name().isEmpty()) {
            return annotation.name();
        }
        if (annotation != null && !annotation.value().isEmpty()) {
            return annotation.value();
        }
        return parameter.getParameterName();
    }

    private List<MethodParameter> parameters() {
        return List.of(handler.getMethodParameters());
    }

    private static String consumesOf(RequestMappingInfo info) {
        return info.getConsumesCondition().getConsumableMediaTypes().stream()
                .filter(type -> !type.includes(MediaType.APPLICATION_JSON))
                .map(MediaType::toString).findFirst().orElse(null);
    }

    private static boolean isTestCode(HandlerMethod handler) {
        var source = handler.getBeanType().getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().toString().contains("test-classes");
    }
}
