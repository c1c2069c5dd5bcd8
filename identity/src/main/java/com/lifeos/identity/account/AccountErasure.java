package com.lifeos.identity.account;

import java.util.UUID;

import com.lifeos.api.account.EraseAccountCommand;
import com.lifeos.identity.account.AccountCommands;
import com.lifeos.identity.account.Accounts;
import com.lifeos.shared.error.Forbidden;
import com.lifeos.shared.error.Unauthenticated;
import com.lifeos.store.crypto.LegacyTextErasure;
import com.lifeos.store.crypto.PrivateText;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a person at their request, in one transaction: what of theirs is still in clear is sealed (events
 * stored before sealing existed) or deleted (snapshots), the erasure event is appended, their data key
 * is destroyed (everything sealed for them becomes unreadable) and their account row goes, with its
 * roles and tokens, so the email is free again. The projections forget them when they meet the event.
 */
@Service
public class AccountErasure {

    private final Accounts accounts;
    private final AccountCommands commands;
    private final PrivateText privateText;
    private final LegacyTextErasure legacyText;
    private final PasswordEncoder passwords;

    AccountErasure(Accounts accounts, AccountCommands commands, PrivateText privateText, LegacyTextErasure legacyText,
                   PasswordEncoder passwords) {
        this.accounts = accounts;
        this.commands = commands;
        this.privateText = privateText;
        this.legacyText = legacyText;
        this.passwords = passwords;
    }

    @Transactional
    public void erase(UUID userId, String password) {
        String hash = accounts.lockPasswordHash(userId).orElseThrow(() ->
                new Unauthenticated("This account no longer exists."));
        if (!passwords.matches(password, hash)) {
            throw new Forbidden("The password is wrong; nothing was erased.");
        }
        legacyText.sealClearEventsAndDropSnapshots(userId);
        commands.send(userId, new EraseAccountCommand(userId));
        privateText.shred(userId);
        accounts.delete(userId);
    }
}
