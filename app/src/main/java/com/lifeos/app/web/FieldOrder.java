package com.lifeos.app.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Field problems in the order the request type declares its fields, whatever order they were found in. */
public final class FieldOrder {

    private FieldOrder() {
    }

    public static Map<String, String> sorted(Map<String, String> problems, Class<?> requestType) {
        List<String> declared = declaredFields(requestType);
        List<Map.Entry<String, String>> entries = new ArrayList<>(problems.entrySet());
        entries.sort(Comparator.comparingInt(entry -> position(declared, entry.getKey())));
        Map<String, String> ordered = new LinkedHashMap<>();
        entries.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }

    private static int position(List<String> declared, String path) {
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        int index = declared.indexOf(path.substring(0, end));
        return index < 0 ? declared.size() : index;
    }

    private static List<String> declaredFields(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type != null && type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(JsonNames.snakeCase(component.getName()));
            }
        }
        return names;
    }
}
