package com.lifeos.projection.shared;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/** How read models name an event's kind: "HabitCheckedInEvent" is "HabitCheckedIn"; the suffix is a code convention. */
public final class EventNames {

    /** Where every event lives: the api module's records, each named "…Event" (an architecture test holds it so). */
    private static final String EVENTS_PACKAGE = "com.lifeos.api";
    private static final String SUFFIX = "Event";

    private EventNames() {
    }

    public static String kindOf(Object payload) {
        return kindOf(payload.getClass());
    }

    public static String kindOf(Class<?> eventType) {
        return kindOf(eventType.getSimpleName());
    }

    private static String kindOf(String simpleName) {
        return simpleName.endsWith(SUFFIX) ? simpleName.substring(0, simpleName.length() - SUFFIX.length()) : simpleName;
    }

    /** Every kind of event there is, sorted, each with the name of its class: read once from the classpath. */
    public static SortedMap<String, String> all() {
        return Catalogue.CLASS_NAMES_BY_KIND;
    }

    private static final class Catalogue {

        private static final SortedMap<String, String> CLASS_NAMES_BY_KIND = scanned();

        private static SortedMap<String, String> scanned() {
            ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*" + SUFFIX)));
            SortedMap<String, String> classNames = new TreeMap<>();
            for (BeanDefinition candidate : scanner.findCandidateComponents(EVENTS_PACKAGE)) {
                String className = Objects.requireNonNull(candidate.getBeanClassName());
                classNames.put(kindOf(className.substring(className.lastIndexOf('.') + 1)), className);
            }
            return Collections.unmodifiableSortedMap(classNames);
        }
    }
}
