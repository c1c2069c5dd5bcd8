package com.lifeos.query.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.api.learning.FindLearningSessionQuery;
import com.lifeos.api.learning.LearningCoursePage;
import com.lifeos.api.learning.ListLearningCoursesQuery;
import com.lifeos.api.shared.PageRequest;
import com.lifeos.api.shared.SealedText;
import com.lifeos.projection.learning.LearningSessionRow;
import com.lifeos.projection.learning.LearningSessionRows;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class LearningQueryHandlerTest {

    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final LocalDate DATE = LocalDate.of(2026, 3, 14);

    private final LearningSessionRows rows = mock(LearningSessionRows.class);
    private final LearningQueryHandler handler = new LearningQueryHandler(rows);

    private static LearningSessionRow row(UUID id, String course, LocalDate date) {
        LearningSessionRow row = mock(LearningSessionRow.class);
        when(row.id()).thenReturn(id);
        when(row.userId()).thenReturn(OWNER);
        when(row.courseName()).thenReturn(course);
        when(row.durationMinutes()).thenReturn(30);
        when(row.sessionDate()).thenReturn(date);
        when(row.notes()).thenReturn("v1.bm90ZXM=");
        when(row.createdAt()).thenReturn(Instant.parse("2026-03-14T08:00:00Z"));
        when(row.updatedAt()).thenReturn(Instant.parse("2026-03-15T08:00:00Z"));
        return row;
    }

    @Test
    void findsOnlyTheCallersOwnSessionWithItsNotesStillSealed() {
        LearningSessionRow row = row(SESSION, "SQL", DATE);
        when(rows.findByIdAndUserId(SESSION, OWNER)).thenReturn(Optional.of(row));

        assertThat(handler.handle(new FindLearningSessionQuery(OWNER, SESSION))).hasValueSatisfying(view -> {
            assertThat(view.courseName()).isEqualTo("SQL");
            assertThat(view.notes()).isEqualTo(new SealedText("v1.bm90ZXM="));
            assertThat(view.durationMinutes()).isEqualTo(30);
        });
        assertThat(handler.handle(new FindLearningSessionQuery(UUID.randomUUID(), SESSION))).isEmpty();
    }

    @Test
    void coursesArePagedAfterTheyAreGathered() {
        List<LearningSessionRow> sessions = List.of(
                row(UUID.randomUUID(), "A", DATE),
                row(UUID.randomUUID(), "a", DATE.minusDays(1)),
                row(UUID.randomUUID(), "B", DATE.minusDays(2)),
                row(UUID.randomUUID(), "C", DATE.minusDays(3)));
        when(rows.findByUserId(OWNER)).thenReturn(sessions);

        LearningCoursePage page = handler.handle(new ListLearningCoursesQuery(OWNER, new PageRequest(1, 2)));

        assertThat(page.totalItems()).isEqualTo(3);
        assertThat(page.items()).extracting(course -> course.courseName()).containsExactly("C");
        assertThat(handler.handle(new ListLearningCoursesQuery(OWNER, new PageRequest(5, 2))).items()).isEmpty();
    }
}
