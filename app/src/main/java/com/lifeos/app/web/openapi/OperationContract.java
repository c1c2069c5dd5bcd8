package com.lifeos.app.web.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * Per operation: a stable operationId ({@code <area><Method>}: {@code goalCreate}, {@code habitCheckIn}) for generated
 * clients, and the success answers that a {@code ResponseEntity} hides from springdoc. By this code base's
 * convention a handler returns {@code ResponseEntity} only to set headers or a status: an empty one answers
 * 204, and a POST with a body is a create ({@code web.Creations}): 201 with {@code Location}, 200 when the same
 * create is repeated, 202 when the write is stored but not yet readable. A handler with {@code @ResponseStatus}
 * says its status itself.
 */
class OperationContract implements OperationCustomizer {

    private static final String OK = "200";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        operation.setOperationId(operationId(handler));
        Type returned = handler.getMethod().getGenericReturnType();
        boolean declaresStatus = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), ResponseStatus.class);
        if (declaresStatus || !(returned instanceof ParameterizedType entity)
                || entity.getRawType() != ResponseEntity.class || operation.getResponses() == null) {
            return operation;
        }
        ApiResponses responses = operation.getResponses();
        ApiResponse ok = responses.get(OK);
        Type body = entity.getActualTypeArguments()[0];
        if (ok == null) {
            return operation;
        }
        if (body == Void.class) {
            responses.remove(OK);
            responses.addApiResponse("204", new ApiResponse().description("No Content"));
        } else if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PostMapping.class)) {
            ApiResponses creates = new ApiResponses();
            creates.addApiResponse("201", new ApiResponse().description("Created").content(ok.getContent())
                    .addHeaderObject("Location", location()));
            creates.addApiResponse(OK, ok.description("The same create repeated (same id): nothing new was stored."));
            creates.addApiResponse("202", new ApiResponse()
                    .description("Stored, but not yet readable: fetch it from Location shortly.")
                    .addHeaderObject("Location", location()));
            responses.forEach((status, response) -> creates.putIfAbsent(status, response));
            operation.setResponses(creates);
        }
        return operation;
    }

    private static Header location() {
        return new Header().description("Where the created resource is.").schema(new StringSchema()
                .format("uri-reference"));
    }

    private static String operationId(HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName();
        String area = controller.endsWith("Controller")
                ? controller.substring(0, controller.length() - "Controller".length()) : controller;
        String method = handler.getMethod().getName();
        return Character.toLowerCase(area.charAt(0)) + area.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }
}
