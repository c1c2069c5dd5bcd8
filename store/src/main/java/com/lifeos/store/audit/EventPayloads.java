package com.lifeos.store.audit;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.lifeos.api.audit.EventTypesView;
import com.lifeos.api.audit.FindEventTypesQuery;
import com.lifeos.store.gateway.Queries;
import com.lifeos.store.crypto.SealedJson;
import org.springframework.stereotype.Component;

/**
 * A stored event's JSON as a reader sees it, in the API's one style: field names in snake_case, enum values
 * (days of the week too) in lower case, and its sealed text opened as far as the reader may read it. The event's
 * class tells which values are enums; a field the class no longer has (an older revision) is only renamed. The
 * event as stored (camelCase, sealed) is never changed: each read works on its own copy.
 */
@Component
public class EventPayloads {

    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE = new PropertyNamingStrategies.SnakeCaseStrategy();
    /** Each record's components by the name its stored JSON uses, with their declared (generic) types. */
    private static final ClassValue<Map<String, Type>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> record) {
            Map<String, Type> types = new HashMap<>();
            for (RecordComponent component : record.getRecordComponents()) {
                types.put(component.getName(), component.getGenericType());
            }
            return Map.copyOf(types);
        }
    };

    private final ObjectMapper json = new ObjectMapper();
    private final SealedJson sealedJson;
    private final Queries queries;
    /** Event type to class; the same for the life of the process, so asked once. */
    private volatile SortedMap<String, Class<?>> classes;

    EventPayloads(SealedJson sealedJson, Queries queries) {
        this.sealedJson = sealedJson;
        this.queries = queries;
    }

    /** Every event type the timeline knows, sorted, as its entries name them ({@code HabitCheckedIn}). */
    public SortedSet<String> types() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(classes().keySet()));
    }

    /** For the person whose data the event is about: every sealed text opened. */
    public JsonNode forOwner(UUID owner, String type, String payload) {
        return payload == null ? null : shown(sealedJson.openedForOwner(owner, read(payload)), classes().get(type));
    }

    /** For an auditor reading someone else's history: personal text opened, private text withheld. */
    public JsonNode forAuditor(String type, String payload) {
        return payload == null ? null : shown(sealedJson.openedForAuditor(read(payload)), classes().get(type));
    }

    private SortedMap<String, Class<?>> classes() {
        SortedMap<String, Class<?>> known = classes;
        if (known == null) {
            SortedMap<String, Class<?>> loaded = new TreeMap<>();
            queries.ask(new FindEventTypesQuery(), EventTypesView.class).classNames()
                    .forEach((type, className) -> loaded.put(type, load(className)));
            known = Collections.unmodifiableSortedMap(loaded);
            classes = known;
        }
        return known;
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, EventPayloads.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the event class " + className + " is not on this app's classpath", e);
        }
    }

    private JsonNode read(String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored event's JSON could not be read", e);
        }
    }

    /** The node in the API's style, given the Java type it was written from (null where that is not known). */
    private static JsonNode shown(JsonNode node, Type type) {
        Class<?> raw = rawClassOf(type);
        if (node.isTextual() && raw != null && raw.isEnum()) {
            return TextNode.valueOf(node.asText().toLowerCase(Locale.ROOT));
        }
        if (node instanceof ObjectNode object && !(raw != null && Map.class.isAssignableFrom(raw))) {
            Map<String, Type> fields = raw != null && raw.isRecord() ? COMPONENTS.get(raw) : Map.of();
            ObjectNode renamed = object.objectNode();
            Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> field = entries.next();
                renamed.set(SNAKE_CASE.translate(field.getKey()), shown(field.getValue(), fields.get(field.getKey())));
            }
            return renamed;
        }
        if (node instanceof ArrayNode array) {
            Type element = elementTypeOf(type);
            for (int i = 0; i < array.size(); i++) {
                array.set(i, shown(array.get(i), element));
            }
        }
        return node;
    }

    private static Class<?> rawClassOf(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        return type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw ? raw : null;
    }

    private static Type elementTypeOf(Type type) {
        if (type instanceof Class<?> plain && plain.isArray()) {
            return plain.getComponentType();
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return generic.getActualTypeArguments()[0];
        }
        return null;
    }
}
