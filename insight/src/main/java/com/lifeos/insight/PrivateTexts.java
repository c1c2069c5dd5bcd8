package com.lifeos.insight;

import java.util.UUID;

import com.lifeos.api.shared.SealedText;

/** A person's free text sealed with their own key before it enters a command, and opened again for them. */
public interface PrivateTexts {

    SealedText seal(UUID owner, String text);

    String open(UUID owner, SealedText sealed);
}
