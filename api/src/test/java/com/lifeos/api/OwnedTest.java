package com.lifeos.api;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.lifeos.api.habit.HabitCreatedEvent;
import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whose a message is, is asked of {@link Owned}, never found by a component's name: so a new event with a
 * {@code userId}, or a new message carrying a person's text (sealed for its owner wherever it is serialized), cannot
 * forget to say it.
 */
class OwnedTest {

    @Test
    void everyEventWithAUserIdIsOwned() throws IOException, URISyntaxException {
        assertThat(apiRecords())
                .filteredOn(type -> type.getSimpleName().endsWith("Event") && hasUserId(type))
                .isNotEmpty()
                .allSatisfy(type -> assertThat(Owned.class).as(type.getName()).isAssignableFrom(type));
    }

    @Test
    void everyMessageCarryingPersonalTextIsOwned() throws IOException, URISyntaxException {
        assertThat(apiRecords())
                .filteredOn(type -> hasUserId(type) && holdsPersonalText(type, new HashSet<>()))
                .isNotEmpty()
                .allSatisfy(type -> assertThat(Owned.class).as(type.getName()).isAssignableFrom(type));
    }

    @Test
    void anOwnedEventNamesItsOwner() {
        UUID owner = UUID.fromString("00000000-0000-0000-0000-000000000001");
        Owned event = new HabitCreatedEvent(UUID.fromString("00000000-0000-0000-0000-0000000000a1"), owner, null);

        assertThat(event.userId()).isEqualTo(owner);
    }

    private static boolean hasUserId(Class<?> type) {
        return Arrays.stream(type.getRecordComponents())
                .anyMatch(component -> component.getName().equals("userId") && component.getType() == UUID.class);
    }

    private static boolean holdsPersonalText(Class<?> type, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return false;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(PersonalText.class)
                    || holdsPersonalText(component.getType(), seen)) {
                return true;
            }
        }
        return false;
    }

    /** Every top-level record compiled from {@code api}'s sources. */
    private static List<Class<?>> apiRecords() throws IOException, URISyntaxException {
        Path classesRoot = Path.of(Owned.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path apiPackage = classesRoot.resolve(OwnedTest.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.walk(apiPackage)) {
            return files.map(file -> classesRoot.relativize(file).toString())
                    .filter(file -> file.endsWith(".class") && !file.contains("$"))
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                    .map(OwnedTest::load)
                    .filter(Class::isRecord)
                    .toList();
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, OwnedTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
