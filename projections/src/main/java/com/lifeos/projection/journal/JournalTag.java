package com.lifeos.projection.journal;

import java.util.UUID;

import jakarta.persistence.Embeddable;

/** One tag of an entry, with its owner so a person's tags can be found (and erased) without the entries. */
@Embeddable
public class JournalTag {

    private String tag;
    private UUID userId;

    protected JournalTag() {
    }

    JournalTag(String tag, UUID userId) {
        this.tag = tag;
        this.userId = userId;
    }

    public String tag() {
        return tag;
    }
}
