package com.lifeos.projection.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.journal.JournalEntryDetails;
import com.lifeos.api.journal.JournalMood;
import com.lifeos.projection.shared.OwnedRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/**
 * One journal entry as the "journal" projection keeps it. The content stays sealed; its length in characters is
 * kept beside it so averages need no key. Tags live in their own table, in the order the owner gave them.
 */
@Entity
@Table(name = "journal_entry")
public class JournalEntryRow extends OwnedRow {

    private LocalDate entryDate;
    private String content;
    private int contentLength;
    @Enumerated(EnumType.STRING)
    private JournalMood mood;
    private boolean isPrivate;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "journal_entry_tag", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "tag_index")
    @BatchSize(size = 100)
    private List<JournalTag> tags = new ArrayList<>();

    protected JournalEntryRow() {
    }

    JournalEntryRow(UUID id, UUID userId, JournalEntryDetails details, long sequence, Instant at) {
        super(id, userId, sequence, at);
        assign(details);
    }

    void details(JournalEntryDetails details, long sequence, Instant at) {
        ifNewer(sequence, at, () -> {
            assign(details);
        });
    }

    private void assign(JournalEntryDetails details) {
        entryDate = details.entryDate();
        content = details.content().value();
        contentLength = details.contentLength();
        mood = details.mood();
        isPrivate = details.isPrivate();
        tags.clear();
        details.tags().forEach(tag -> tags.add(new JournalTag(tag, userId())));
    }

    public LocalDate entryDate() {
        return entryDate;
    }

    public String content() {
        return content;
    }

    public int contentLength() {
        return contentLength;
    }

    public JournalMood mood() {
        return mood;
    }

    public boolean isPrivate() {
        return isPrivate;
    }

    public List<String> tags() {
        return tags.stream().map(JournalTag::tag).toList();
    }
}
