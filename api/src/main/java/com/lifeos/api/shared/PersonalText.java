package com.lifeos.api.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks free text a person typed (a String, or a collection of Strings): wherever an event or a snapshot
 * is stored, it is sealed with its owner's own key, so destroying that key erases it. In memory — in
 * commands, aggregates and projections — it stays a plain String. Structure (ids, dates, amounts, enums)
 * is never marked: projections and audits read it without any key.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalText {
}
