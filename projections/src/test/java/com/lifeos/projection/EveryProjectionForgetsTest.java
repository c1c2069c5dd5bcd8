package com.lifeos.projection;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;

import com.lifeos.api.account.AccountErasedEvent;
import com.lifeos.projection.shared.PersonalProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Every projection forgets an erased person and empties its tables on a replay, by the one contract. */
class EveryProjectionForgetsTest {

    /** The audit timeline keeps an erased person's history for auditors; it records the erasure as a fact. */
    private static final Set<String> RECORD_THE_ERASURE = Set.of("com.lifeos.projection.audit.AuditProjection");

    private static List<Class<?>> projections() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessingGroup.class));
        return scanner.findCandidateComponents("com.lifeos.projection").stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                .toList();
    }

    /**
     * Every processing group has exactly one class under the contract; a group of several classes (the dashboard's
     * boards) keeps erasure and reset in that one, and no other class of the group handles either.
     */
    @Test
    void everyProcessingGroupIsOnePersonalProjection() {
        Map<String, List<Class<?>>> groups = projections().stream()
                .collect(Collectors.groupingBy(type -> type.getAnnotation(ProcessingGroup.class).value()));

        assertThat(groups).containsKeys("habit", "goal", "audit", "account", "dashboard");
        groups.forEach((group, types) -> {
            assertThat(types).as(group).filteredOn(PersonalProjection.class::isAssignableFrom).hasSize(1);
            assertThat(types).as(group).filteredOn(type -> !PersonalProjection.class.isAssignableFrom(type))
                    .allSatisfy(type -> assertThat(Arrays.stream(type.getDeclaredMethods())
                            .filter(EveryProjectionForgetsTest::erasesOrResets)).as(type.getName()).isEmpty());
        });
    }

    private static boolean erasesOrResets(Method method) {
        return method.isAnnotationPresent(ResetHandler.class)
                || Arrays.asList(method.getParameterTypes()).contains(AccountErasedEvent.class);
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
