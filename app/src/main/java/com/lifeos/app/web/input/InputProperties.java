package com.lifeos.app.web.input;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry, beyond each field's own.
 *
 * @param maxBodySize       the largest request body read (413 beyond it); the largest field, a journal entry of
 *                          20,000 characters, fits many times over
 * @param defaultTextMax    characters of a text field that declares no limit of its own
 * @param maxParameterChars characters of one query parameter or path segment
 */
@ConfigurationProperties(prefix = "lifeos.input")
public record InputProperties(@DefaultValue("1MB") DataSize maxBodySize,
                              @DefaultValue("2000") int defaultTextMax,
                              @DefaultValue("500") int maxParameterChars) {
}
