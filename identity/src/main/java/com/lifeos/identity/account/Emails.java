package com.lifeos.identity.account;

import java.util.Locale;

/** One spelling per mailbox: accounts are found by the trimmed, lower-cased address. */
public final class Emails {

    private Emails() {
    }

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
