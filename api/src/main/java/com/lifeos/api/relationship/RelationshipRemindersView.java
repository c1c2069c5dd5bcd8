package com.lifeos.api.relationship;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;

/**
 * Contacts due soonest first. {@code daysOverdue} is the user's today minus the due date in days: positive
 * when overdue, 0 when due today, negative when still ahead. Names are still sealed.
 */
public record RelationshipRemindersView(List<Reminder> items) {

    public record Reminder(UUID relationshipId, SealedText contactName, String relationshipType,
                           LocalDate nextContactDate, long daysOverdue) {
    }
}
