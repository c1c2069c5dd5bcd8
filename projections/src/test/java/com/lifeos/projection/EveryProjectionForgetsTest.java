package com.lifeos.projection;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.lifeos.projection.shared.PersonalProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Every projection forgets an erased person and empties its tables on a replay, by the one contract. */
class EveryProjectionForgetsTest {

    /** The dashboard group is being cut anew in its own change, which brings it under the contract. */
    private static final String OUTSIDE_FOR_NOW = "com.lifeos.projection.dashboard.";

    /** The audit timeline keeps an erased person's history for auditors; it records the erasure as a fact. */
    private static final Set<String> RECORD_THE_ERASURE = Set.of("com.lifeos.projection.audit.AuditProjection");

    private static List<Class<?>> projections() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessingGroup.class));
        return scanner.findCandidateComponents("com.lifeos.projection").stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                .filter(type -> !type.getName().startsWith(OUTSIDE_FOR_NOW))
                .toList();
    }

    @Test
    void everyProjectionIsAPersonalProjection() {
        List<Class<?>> projections = projections();

        assertThat(projections).extracting(Class::getSimpleName)
                .contains("HabitProjection", "GoalProjection", "AuditProjection", "SettingsProjection");
        assertThat(projections).allSatisfy(type ->
                assertThat(PersonalProjection.class).as(type.getName()).isAssignableFrom(type));
    }

    @Test
    void onlyTheAuditTimelineRecordsTheErasureItself() {
        assertThat(projections()).filteredOn(EveryProjectionForgetsTest::recordsTheErasure)
                .extracting(Class::getName)
                .containsExactlyInAnyOrderElementsOf(RECORD_THE_ERASURE);
    }

    private static boolean recordsTheErasure(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(method -> method.getName().equals("erasing")
                && Arrays.equals(method.getParameterTypes(), new Class<?>[] {EventMessage.class}));
    }
}
