package com.lifeos.command.shared;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot seals its aggregate's personal text for the aggregate's owner, whom it asks through {@link Owned}: an
 * aggregate holding personal text, in its own fields or in a record it keeps, that did not say whose it is could not
 * be snapshotted.
 */
class SnapshotOwnersTest {

    @Test
    void everyAggregateHoldingPersonalTextIsOwned() throws IOException, URISyntaxException {
        assertThat(aggregates())
                .filteredOn(type -> holdsPersonalText(type, new HashSet<>()))
                .isNotEmpty()
                .allSatisfy(type -> assertThat(Owned.class).as(type.getName()).isAssignableFrom(type));
    }

    private static boolean holdsPersonalText(Class<?> type, Set<Class<?>> seen) {
        if (!type.getName().startsWith("com.lifeos.") || type.isEnum() || !seen.add(type)) {
            return false;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.isAnnotationPresent(PersonalText.class) || holdsPersonalText(component.getType(), seen)) {
                    return true;
                }
            }
            return false;
        }
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && (field.isAnnotationPresent(PersonalText.class)
                    || holdsPersonalText(field.getType(), seen))) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> aggregates() throws IOException, URISyntaxException {
        Path classesRoot = Path.of(Ownership.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path commandPackage = classesRoot.resolve("com/lifeos/command");
        try (Stream<Path> files = Files.walk(commandPackage)) {
            return files.map(file -> classesRoot.relativize(file).toString())
                    .filter(file -> file.endsWith(".class") && !file.contains("$"))
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                    .map(SnapshotOwnersTest::load)
                    .filter(type -> type.isAnnotationPresent(Aggregate.class))
                    .toList();
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, SnapshotOwnersTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
