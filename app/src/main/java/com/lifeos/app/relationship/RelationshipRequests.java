package com.lifeos.app.relationship;

import java.time.LocalDate;
import java.util.UUID;

import com.lifeos.api.relationship.RecordRelationshipInteractionCommand;
import com.lifeos.api.relationship.RelationshipDetails;
import com.lifeos.api.shared.Texts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON bodies of the relationship endpoints, checked at the transport edge (names and notes still in clear). */
final class RelationshipRequests {

    private RelationshipRequests() {
    }

    record Create(UUID id,
                  @NotBlank @Size(max = RelationshipDetails.CONTACT_NAME_MAX) String contactName,
                  @Size(max = RelationshipDetails.RELATIONSHIP_TYPE_MAX) String relationshipType,
                  LocalDate lastContactDate,
                  LocalDate nextContactDate,
                  @Min(RelationshipDetails.MIN_CONTACT_EVERY_DAYS) @Max(RelationshipDetails.MAX_CONTACT_EVERY_DAYS)
                  Integer contactEveryDays,
                  @Size(max = Texts.NOTES_MAX) String notes) {
    }

    /** Every field is optional: absent (or null) keeps the current value; a blank type removes the type. */
    record Change(@Size(min = 1, max = RelationshipDetails.CONTACT_NAME_MAX)
                  @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String contactName,
                  @Size(max = RelationshipDetails.RELATIONSHIP_TYPE_MAX) String relationshipType,
                  LocalDate lastContactDate,
                  LocalDate nextContactDate,
                  @Min(RelationshipDetails.MIN_CONTACT_EVERY_DAYS) @Max(RelationshipDetails.MAX_CONTACT_EVERY_DAYS)
                  Integer contactEveryDays,
                  @Size(max = Texts.NOTES_MAX) String notes) {
    }

    /** {@code date} defaults to the user's today; {@code id} makes a repeated request harmless. */
    record Interaction(UUID id,
                       LocalDate date,
                       @Size(max = RecordRelationshipInteractionCommand.KIND_MAX) String kind,
                       @Size(max = Texts.NOTES_MAX) String notes) {
    }
}
