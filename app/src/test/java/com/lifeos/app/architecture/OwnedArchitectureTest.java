package com.lifeos.app.architecture;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.TypeVariable;
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

    /**
     * Marked text in the type's own components or fields (an aggregate's inherited fields too, such as the details a
     * shared base class holds for it), or in a type of ours it holds.
     */
    private static boolean holdsPersonalText(Class<?> type, Set<Class<?>> seen) {
        if (!type.getName().startsWith("com.lifeos.") || type.isEnum() || !seen.add(type)) {
            return false;
        }
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).anyMatch(component ->
                    component.isAnnotationPresent(PersonalText.class) || holdsPersonalText(component.getType(), seen));
        }
        for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
            boolean holds = Arrays.stream(declaring.getDeclaredFields())
                    .filter(field -> !Modifier.isStatic(field.getModifiers()))
                    .anyMatch(field -> field.isAnnotationPresent(PersonalText.class)
                            || holdsPersonalText(typeOf(field, type), seen));
            if (holds) {
                return true;
            }
        }
        return false;
    }

    /** A field's class as {@code owner} sees it: a type variable of a generic base class is the owner's argument. */
    private static Class<?> typeOf(Field field, Class<?> owner) {
        if (field.getGenericType() instanceof TypeVariable<?> variable) {
            for (Class<?> sub = owner; sub.getSuperclass() != null; sub = sub.getSuperclass()) {
                if (sub.getGenericSuperclass() instanceof ParameterizedType base
                        && base.getRawType() == field.getDeclaringClass()) {
                    TypeVariable<?>[] variables = field.getDeclaringClass().getTypeParameters();
                    for (int i = 0; i < variables.length; i++) {
                        Object argument = base.getActualTypeArguments()[i];
                        if (variables[i].equals(variable) && argument instanceof Class<?> bound) {
                            return bound;
                        }
                    }
                }
            }
        }
        return field.getType();
    }
}
