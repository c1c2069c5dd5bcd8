package com.lifeos.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.account.AccountErasedEvent;
import com.lifeos.projection.shared.PersonalProjection;
import com.lifeos.projection.shared.PersonalTable;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The erasure and reset handlers live on {@link PersonalProjection}, in another package than the projections: these
 * run them the way Axon's processors do, through the annotation adapter of the subclass.
 */
class PersonalProjectionTest {

    private static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private final List<String> calls = new ArrayList<>();

    private PersonalTable table(String name) {
        return PersonalTable.of(userId -> calls.add("forget " + name + " " + userId), () -> calls.add("clear " + name));
    }

    record NoteWritten(UUID userId) {
    }

    static class NotesProjection extends PersonalProjection<PersonalTable> {

        private final List<String> calls;

        NotesProjection(List<String> calls, PersonalTable notes, PersonalTable... dependents) {
            super(notes, dependents);
            this.calls = calls;
        }

        @EventHandler
        void on(NoteWritten event) {
            calls.add("note " + event.userId());
        }
    }

    /** Shaped like the audit timeline: it records every event, the erasure included, and keeps its own rule. */
    static class TimelineProjection extends PersonalProjection<PersonalTable> {

        private final List<String> calls;

        TimelineProjection(List<String> calls, PersonalTable timeline) {
            super(timeline);
            this.calls = calls;
        }

        @EventHandler
        void on(Object payload, EventMessage<?> event) {
            calls.add("record " + payload.getClass().getSimpleName());
        }

        @Override
        protected void erasing(EventMessage<?> erasure) {
            on(erasure.getPayload(), erasure);
        }
    }

    @Test
    void anErasureForgetsThePersonInTheDependentTablesFirst() throws Exception {
        var adapter = new AnnotationEventHandlerAdapter(new NotesProjection(calls, table("notes"), table("tags")));

        adapter.handle(GenericEventMessage.asEventMessage(new AccountErasedEvent(PERSON)));

        assertThat(calls).containsExactly("forget tags " + PERSON, "forget notes " + PERSON);
    }

    @Test
    void aResetClearsTheDependentTablesFirst() {
        var adapter = new AnnotationEventHandlerAdapter(new NotesProjection(calls, table("notes"), table("tags")));

        assertThat(adapter.supportsReset()).isTrue();
        adapter.prepareReset();

        assertThat(calls).containsExactly("clear tags", "clear notes");
    }

    @Test
    void theProjectionsOwnHandlersStillAnswer() throws Exception {
        var adapter = new AnnotationEventHandlerAdapter(new NotesProjection(calls, table("notes")));

        adapter.handle(GenericEventMessage.asEventMessage(new NoteWritten(PERSON)));

        assertThat(calls).containsExactly("note " + PERSON);
    }

    @Test
    void aProjectionOfEveryEventRecordsTheErasureOnceAndThenForgets() throws Exception {
        var adapter = new AnnotationEventHandlerAdapter(new TimelineProjection(calls, table("timeline")));

        adapter.handle(GenericEventMessage.asEventMessage(new NoteWritten(PERSON)));
        adapter.handle(GenericEventMessage.asEventMessage(new AccountErasedEvent(PERSON)));

        assertThat(calls).containsExactly("record NoteWritten", "record AccountErasedEvent",
                "forget timeline " + PERSON);
    }
}
