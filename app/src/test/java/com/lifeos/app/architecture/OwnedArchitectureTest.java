package com.lifeos.app.architecture;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Whose a message or an aggregate is, is asked of {@link Owned}, never found by a component's name: caches, live
 * updates and the audit trail ask it of every event, and sealing asks it of whatever it writes personal text into (an
 * event, a command sent over Axon Server, an aggregate's snapshot). A new one cannot forget to say it.
 */
@AnalyzeClasses(packages = "com.lifeos", importOptions = ImportOption.DoNotIncludeTests.class)
class OwnedArchitectureTest {

    @ArchTest
    static final ArchRule everyEventWithAUserIdIsOwned = classes().that().resideInAPackage("com.lifeos.api..")
            .and().haveSimpleNameEndingWith("Event").and(carryAUserId()).should().implement(Owned.class);

    @ArchTest
    static final ArchRule everyMessageCarryingPersonalTextIsOwned = classes()
            .that().resideInAPackage("com.lifeos.api..").and(carryAUserId()).and(holdPersonalText())
            .should().implement(Owned.class);

    @ArchTest
    static final ArchRule everyAggregateHoldingPersonalTextIsOwned = classes()
            .that().areAnnotatedWith(Aggregate.class).and(holdPersonalText()).should().implement(Owned.class);

    private static DescribedPredicate<JavaClass> carryAUserId() {
        return DescribedPredicate.describe("carry a userId", type -> type.reflect().isRecord()
                && Arrays.stream(type.reflect().getRecordComponents()).anyMatch(
                        component -> component.getName().equals("userId") && component.getType() == UUID.class));
    }

    private static DescribedPredicate<JavaClass> holdPersonalText() {
        return DescribedPredicate.describe("hold personal text",
                type -> holdsPersonalText(type.reflect(), new HashSet<>()));
    }

    /** Marked text in the type's own components or fields, or in a type of ours it holds. */
    private static boolean holdsPersonalText(Class<?> type, Set<Class<?>> seen) {
        if (!type.getName().startsWith("com.lifeos.") || type.isEnum() || !seen.add(type)) {
            return false;
        }
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).anyMatch(component ->
                    component.isAnnotationPresent(PersonalText.class) || holdsPersonalText(component.getType(), seen));
        }
        return Arrays.stream(type.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .anyMatch(field -> field.isAnnotationPresent(PersonalText.class)
                        || holdsPersonalText(field.getType(), seen));
    }
}
