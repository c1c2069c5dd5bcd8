package com.lifeos.api.relationship;

import com.lifeos.api.shared.Checks;
import com.lifeos.api.shared.PersonalText;
import com.lifeos.api.shared.SealedText;
import com.lifeos.api.shared.Texts;

/**
 * What a person keeps about someone in their life. The contact's name and the notes are personal data
 * about a third person, so both arrive sealed with the owner's key. {@code relationshipType} is free text
 * ("friend", "family", "colleague"; blank means none, kept without surrounding spaces so a filter finds it);
 * {@code contactEveryDays} is how often the owner means to be in touch,
 * null when they keep no rhythm.
 */
public record RelationshipDetails(SealedText contactName, @PersonalText String relationshipType, SealedText notes,
                                  Integer contactEveryDays) {

    public static final int CONTACT_NAME_MAX = 255;
    public static final int RELATIONSHIP_TYPE_MAX = 50;
    public static final int MIN_CONTACT_EVERY_DAYS = 1;
    /** Ten years: a longer rhythm is no rhythm, and it keeps every derived date far from the end of time. */
    public static final int MAX_CONTACT_EVERY_DAYS = 3650;

    public RelationshipDetails {
        Checks.present("contact_name", contactName);
        relationshipType = relationshipType == null || relationshipType.isBlank() ? null : relationshipType.strip();
        Texts.optional("relationship_type", relationshipType, RELATIONSHIP_TYPE_MAX);
        if (contactEveryDays != null
                && (contactEveryDays < MIN_CONTACT_EVERY_DAYS || contactEveryDays > MAX_CONTACT_EVERY_DAYS)) {
            throw new IllegalArgumentException("contact_every_days must be between " + MIN_CONTACT_EVERY_DAYS
                    + " and " + MAX_CONTACT_EVERY_DAYS);
        }
    }
}
