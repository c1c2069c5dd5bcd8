package com.lifeos.app.web;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeos.api.goal.GoalPriority;
import com.lifeos.api.habit.HabitFrequency;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One enum style, in and out: every enum a request can carry (found from the handler mapping: body types walked to
 * their leaves, query parameters, path variables) is read in any case and with {@code -} for {@code _}, in a body and
 * in a query parameter alike, and written as its lower-case snake_case name; a day of the week also as its
 * three-letter abbreviation.
 */
class EnumStyleTest extends ApiTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    @Autowired
    private JsonMapper json;

    @Autowired
    @Qualifier("mvcConversionService")
    private ConversionService conversions;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyEnumReachableFromARequestRoundTripsInOneStyle() {
        Set<Class<?>> enums = reachableEnums();
        assertThat(enums).as("enums reachable from requests")
                .contains(HabitFrequency.class, GoalPriority.class, DayOfWeek.class);
        List<String> failures = new ArrayList<>();
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                String wire = ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
                String written = json.writeValueAsString(constant);
                if (!written.equals("\"" + wire + "\"")) {
                    failures.add(type.getSimpleName() + "." + constant + " written as " + written);
                }
                for (String variant : variantsOf(type, wire)) {
                    Object read = json.readValue("\"" + variant + "\"", (Class) type);
                    Object converted = conversions.convert(variant, (Class) type);
                    if (read != constant || converted != constant) {
                        failures.add(type.getSimpleName() + " \"" + variant + "\" read as " + read + " in a body, "
                                + converted + " in a query");
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void bodiesAndAnswersSpeakTheSameStyle() {
        TestUser user = newUser();
        Api.Response habit = api().post("/api/habits", user.accessToken(),
                "{\"title\":\"Stretch\",\"frequency\":\"WEEKDAYS\",\"days_of_week\":[\"MON\",\"Wednesday\",\"fri\"]}");
        assertThat(habit.status()).as(habit.body()).isEqualTo(201);
        assertThat(habit.json().path("frequency").asText()).isEqualTo("weekdays");
        assertThat(texts(habit.json().path("days_of_week"))).containsExactly("monday", "wednesday", "friday");

        Api.Response goal = api().post("/api/goals", user.accessToken(), "{\"title\":\"Run\",\"priority\":\"HIGH\"}");
        assertThat(goal.status()).as(goal.body()).isEqualTo(201);
        assertThat(goal.json().path("priority").asText()).isEqualTo("high");
        Api.Response project = api().post("/api/projects", user.accessToken(),
                "{\"title\":\"Shed\",\"priority\":\"Medium\"}");
        assertThat(project.status()).as(project.body()).isEqualTo(201);
        Api.Response onHold = api().put("/api/projects/" + project.json().path("id").asText(), user.accessToken(),
                "{\"status\":\"On-Hold\"}");
        assertThat(onHold.json().path("status").asText()).as(onHold.body()).isEqualTo("on_hold");
        assertThat(api().get("/api/projects?status=ON-HOLD", user.accessToken()).json().path("items").size())
                .isEqualTo(1);

        Api.Response profile = api().put("/api/auth/profile", user.accessToken(), "{\"week_start\":\"Sun\"}");
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        assertThat(api().get("/api/auth/me", user.accessToken()).json().path("week_start").asText())
                .isEqualTo("sunday");
        assertThat(api().get("/api/settings", user.accessToken()).json().path("week_start").asText())
                .isEqualTo("sunday");
    }

    @Test
    void anUnknownValueNamesTheAllowedOnes() {
        TestUser user = newUser();
        Api.Response body = api().post("/api/goals", user.accessToken(), "{\"title\":\"Run\",\"priority\":\"urgent\"}");
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.json().path("errors").get(0).path("field").asText()).isEqualTo("priority");
        assertThat(body.json().path("errors").get(0).path("message").asText())
                .isEqualTo("must be one of: low, medium, high");
        Api.Response query = api().get("/api/goals?priority=urgent", user.accessToken());
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.json().path("errors").get(0).path("message").asText())
                .isEqualTo("must be one of: low, medium, high");
        Api.Response day = api().post("/api/habits", user.accessToken(),
                "{\"title\":\"Swim\",\"frequency\":\"weekdays\",\"days_of_week\":[\"mon\",\"someday\"]}");
        assertThat(day.json().path("errors").get(0).path("field").asText()).isEqualTo("days_of_week[1]");
        assertThat(day.json().path("errors").get(0).path("message").asText()).startsWith("must be a day of the week");
    }

    private static List<String> variantsOf(Class<?> type, String wire) {
        List<String> variants = new ArrayList<>(List.of(wire, wire.toUpperCase(Locale.ROOT),
                Character.toUpperCase(wire.charAt(0)) + wire.substring(1), wire.replace('_', '-'),
                " " + wire + " "));
        if (type == DayOfWeek.class) {
            String abbreviation = wire.substring(0, 3);
            variants.addAll(List.of(abbreviation, abbreviation.toUpperCase(Locale.ROOT),
                    Character.toUpperCase(abbreviation.charAt(0)) + abbreviation.substring(1)));
        }
        return variants;
    }

    private Set<Class<?>> reachableEnums() {
        Set<Class<?>> enums = new LinkedHashSet<>();
        handlerMapping.getHandlerMethods().values().forEach(handler -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    collect(parameter.getGenericParameterType(), enums, new LinkedHashSet<>());
                } else if (parameter.hasParameterAnnotation(RequestParam.class)
                        || parameter.hasParameterAnnotation(PathVariable.class)) {
                    collect(parameter.getGenericParameterType(), enums, new LinkedHashSet<>());
                }
            }
        });
        return enums;
    }

    private static void collect(Type type, Set<Class<?>> enums, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        switch (type) {
            case ParameterizedType parameterized -> {
                collect(parameterized.getRawType(), enums, seen);
                for (Type argument : parameterized.getActualTypeArguments()) {
                    collect(argument, enums, seen);
                }
            }
            case GenericArrayType array -> collect(array.getGenericComponentType(), enums, seen);
            case Class<?> plain when plain.isEnum() -> enums.add(plain);
            case Class<?> plain when plain.isArray() -> collect(plain.getComponentType(), enums, seen);
            case Class<?> plain when plain.isRecord() -> {
                for (RecordComponent component : plain.getRecordComponents()) {
                    collect(component.getGenericType(), enums, seen);
                }
            }
            default -> {
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
