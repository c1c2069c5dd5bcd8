package com.lifeos.insight;

import java.util.UUID;

/** The person's settings the insights read: their currency, weekly learning aim and private-text consent. */
public interface Preferences {

    String preferredCurrency(UUID userId);

    int learningMinutesPerWeek(UUID userId);

    /** Whether the person allowed journal content and contact names to be sent to the model. */
    boolean sharesPrivateTextWithModel(UUID userId);
}
