package com.lifeos.projection.shared;

import java.util.UUID;

/** A row that belongs to one person. */
public interface Owned {

    UUID userId();
}
