package com.lifeos.api.relationship;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;

/**
 * Contacts due soonest first. Each is either overdue ({@code daysOverdue}: whole days past the due date, 1 or
 * more; {@code daysUntil} null) or upcoming ({@code daysUntil}: whole days to go, 0 when due today;
 * {@code daysOverdue} null), as judged on the user's today. Names are still sealed.
 */
public record RelationshipRemindersView(List<Reminder> items) {

    public record Reminder(UUID relationshipId, SealedText contactName, String relationshipType,
                           LocalDate nextContactDate, Long daysOverdue, Long daysUntil) {

        public boolean overdue() {
            return daysOverdue != null;
        }
    }
}
