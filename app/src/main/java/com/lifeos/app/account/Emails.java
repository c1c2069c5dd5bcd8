package com.lifeos.app.account;

import java.util.Locale;

/** One spelling per mailbox: accounts are found by the trimmed, lower-cased address. */
final class Emails {

    private Emails() {
    }

    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
