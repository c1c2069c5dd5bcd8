package com.lifeos.app.web.input;

import java.io.IOException;

/** A request body that went on past the cap while being read. */
public class RequestBodyTooLarge extends IOException {

    RequestBodyTooLarge(long maxBytes) {
        super("The request body may be at most " + maxBytes + " bytes.");
    }
}
