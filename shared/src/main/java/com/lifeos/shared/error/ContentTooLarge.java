package com.lifeos.shared.error;

/** A request's content is over a limit the server keeps (bytes, rows); answered 413 with the limit as detail. */
public class ContentTooLarge extends RuntimeException {

    public ContentTooLarge(String detail) {
        super(detail, null, false, false);
    }
}
