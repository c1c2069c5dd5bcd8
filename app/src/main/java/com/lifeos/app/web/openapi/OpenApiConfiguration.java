package com.lifeos.app.web.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The published contract, {@code /v3/api-docs}: what springdoc reads from the controllers, named and shaped as the
 * API really speaks. Its schemas are made by swagger-core's own (Jackson 2) resolver, so it is given the wire's
 * snake_case names and {@link SchemaNames}; {@link ContractCustomizer} and {@link OperationContract} add what the
 * code cannot say by itself (areas, the bearer scheme, problems, status codes).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER_SCHEME = "bearer-jwt";

    static {
        // Types whose wire form swagger-core cannot see: any JSON value (Jackson 3 trees, a streamed export),
        // and a month as the text it is written as.
        SpringDocUtils.getConfig()
                .replaceWithSchema(tools.jackson.databind.JsonNode.class, new Schema<>()
                        .description("Any JSON value."))
                .replaceWithSchema(StreamingResponseBody.class, new ObjectSchema()
                        .description("A JSON document, sent as a file download."))
                .replaceWithSchema(YearMonth.class, new StringSchema().pattern("^\\d{4}-\\d{2}$").example("2026-12"))
                .replaceWithSchema(LocalTime.class, new StringSchema().format("partial-time").example("07:30:00"));
    }

    /** Replaces swagger-core's default resolver (springdoc swaps a converter of the same class). */
    @Bean
    ModelResolver snakeCaseModelResolver(SpringDocConfigProperties springDoc) {
        boolean openapi31 = springDoc.isOpenapi31();
        ObjectMapper mapper = (openapi31 ? Json31.mapper() : Json.mapper()).copy()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        return new ModelResolver(mapper, new SchemaNames()).openapi31(openapi31);
    }

    @Bean
    OpenAPI lifeosOpenApi(ObjectProvider<BuildProperties> build) {
        String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("development");
        return new OpenAPI()
                .info(new Info()
                        .title("LifeOS API")
                        .version(version)
                        .description(text("openapi/description.md")))
                // Relative: Swagger UI's "Try it out" talks to the instance that serves it, whatever its address.
                .servers(List.of(new Server().url("/").description("This LifeOS instance")))
                .components(new Components()
                        .addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("The access_token of POST /api/auth/login, /register or /refresh, "
                                        + "valid for 15 minutes.")));
    }

    @Bean
    ContractCustomizer contractCustomizer() {
        return new ContractCustomizer(Examples.load("openapi/examples.json"));
    }

    @Bean
    OperationContract operationContract() {
        return new OperationContract();
    }

    static String text(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
