package com.lifeos.app.web;

import java.util.Collection;
import java.util.Locale;

import com.lifeos.shared.wire.EnumNames;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.KeyDeserializers;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.util.ClassUtil;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The JSON rules of the REST API (the MVC mapper only; Axon's event mapper is a different one, so stored events are
 * untouched):
 * <ul>
 *   <li>every enum, {@code java.time.DayOfWeek} included, is written and read as {@link EnumNames} says, as a value
 *       and as a map key;</li>
 *   <li>while a request body is read ({@link BodyProblems#current()}), a field the request type does not have, or a
 *       value of the wrong type or format, is recorded with what was expected and reading goes on, so that the answer
 *       names every bad field at once, together with what Bean Validation finds in the rest. A body of the wrong
 *       shape as a whole (a string where an object belongs) still fails at once.</li>
 * </ul>
 */
@Component
public class ApiJsonModule extends JacksonModule {

    @Override
    public String getModuleName() {
        return "lifeos-api-json";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new EnumSerializers(false));
        context.addKeySerializers(new EnumSerializers(true));
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
                                                             BeanDescription.Supplier beanDescRef) {
                return new EnumDeserializer(type.getRawClass());
            }

            @Override
            public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
                return valueType.isEnum();
            }
        });
        context.addKeyDeserializers(new EnumKeys());
        context.addHandler(new GatheringHandler());
    }

    private static final class EnumSerializers extends Serializers.Base {

        private final boolean keys;

        EnumSerializers(boolean keys) {
            this.keys = keys;
        }

        @Override
        public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                                                 BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
            return type.isEnumType() ? new EnumSerializer(keys) : null;
        }

        @Override
        public ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
                                                     BeanDescription.Supplier beanDescRef,
                                                     JsonFormat.Value formatOverrides) {
            return new EnumSerializer(keys);
        }
    }

    private static final class EnumSerializer extends ValueSerializer<Enum<?>> {

        private final boolean key;

        EnumSerializer(boolean key) {
            this.key = key;
        }

        @Override
        public void serialize(Enum<?> value, JsonGenerator generator, SerializationContext context) {
            if (key) {
                generator.writeName(EnumNames.wireName(value));
            } else {
                generator.writeString(EnumNames.wireName(value));
            }
        }
    }

    private static final class EnumDeserializer extends ValueDeserializer<Object> {

        private final Class<?> type;

        EnumDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(type, parser);
            }
            String text = parser.getString();
            Object value = EnumNames.find((Class) type, text);
            if (value == null && !text.isBlank()) {
                return context.handleWeirdStringValue(type, text, EnumNames.expected(type));
            }
            return value;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    private static final class EnumKeys implements KeyDeserializers {

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
                                                   BeanDescription.Supplier beanDescRef) {
            if (!type.isEnumType()) {
                return null;
            }
            Class raw = type.getRawClass();
            return new KeyDeserializer() {
                @Override
                public Object deserializeKey(String key, DeserializationContext context) throws JacksonException {
                    Object value = EnumNames.find(raw, key);
                    return value != null ? value : context.handleWeirdKey(raw, key, EnumNames.expected(raw));
                }
            };
        }
    }

    /** Records what is wrong while a request body is read, instead of failing on the first problem. */
    private static final class GatheringHandler extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             ValueDeserializer<?> deserializer, Object beanOrClass,
                                             String propertyName) throws JacksonException {
            BodyProblems problems = BodyProblems.current();
            if (problems == null) {
                return false;
            }
            String known = deserializer == null ? null : closest(propertyName, deserializer.getKnownPropertyNames());
            problems.add(JsonPaths.ofValue(parser),
                    "is not a known field" + (known == null ? "" : "; did you mean " + known + "?"));
            parser.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String valueToConvert,
                                             String failureMsg) {
            return record(context.getParser(), targetType);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) {
            return record(context.getParser(), targetType);
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
                                            JsonParser parser, String failureMsg) throws JacksonException {
            if (JsonPaths.atRoot(parser)) {
                return NOT_HANDLED;
            }
            Object answer = record(parser, targetType.getRawClass());
            if (answer != NOT_HANDLED) {
                parser.skipChildren();
            }
            return answer;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext context, Class<?> instClass,
                                                ValueInstantiator valueInsta, JsonParser parser, String msg)
                throws JacksonException {
            if (JsonPaths.atRoot(parser)) {
                return NOT_HANDLED;
            }
            Object answer = record(parser, instClass);
            if (answer != NOT_HANDLED) {
                parser.skipChildren();
            }
            return answer;
        }

        /** Notes the value's field with what it should have held; the field is left empty. */
        private static Object record(JsonParser parser, Class<?> type) {
            BodyProblems problems = BodyProblems.current();
            if (problems == null || parser == null) {
                return NOT_HANDLED;
            }
            problems.add(JsonPaths.ofValue(parser), Expected.of(type));
            return type.isPrimitive() ? ClassUtil.defaultValue(type) : null;
        }
    }

    /** The known name a misspelt one most likely meant, or {@code null}. */
    static String closest(String sent, Collection<Object> knownNames) {
        if (knownNames == null) {
            return null;
        }
        String wanted = squeeze(sent);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object name : knownNames) {
            String known = String.valueOf(name);
            int distance = squeeze(known).equals(wanted) ? 0 : distance(sent.toLowerCase(Locale.ROOT), known);
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        int allowed = Math.min(2, Math.max(0, sent.length() / 4));
        return bestDistance <= allowed ? best : null;
    }

    private static String squeeze(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
