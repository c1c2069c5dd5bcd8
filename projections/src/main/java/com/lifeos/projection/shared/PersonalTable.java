package com.lifeos.projection.shared;

import java.util.UUID;
import java.util.function.Consumer;

/** A table of a projection, as seen by the two things every projection must do: forget a person, and start over. */
public interface PersonalTable {

    /** The person erased their account: none of their words may stay readable in this table. */
    void forget(UUID userId);

    /** The group is about to be replayed: the table must be empty. */
    void clear();

    /** A table reached by its own statements, such as the tags of an entity kept in a collection table. */
    static PersonalTable of(Consumer<UUID> forget, Runnable clear) {
        return new PersonalTable() {
            @Override
            public void forget(UUID userId) {
                forget.accept(userId);
            }

            @Override
            public void clear() {
                clear.run();
            }
        };
    }
}
