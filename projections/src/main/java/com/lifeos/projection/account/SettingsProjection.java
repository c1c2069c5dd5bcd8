package com.lifeos.projection.account;

import java.time.Instant;

import com.lifeos.api.account.AccountSettingChangedEvent;
import com.lifeos.api.account.AccountSettingRemovedEvent;
import com.lifeos.projection.shared.PersonalProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps each person's preferences; a handler that sees its event twice (or an older one) changes nothing. */
@Component
@ProcessingGroup("account")
class SettingsProjection extends PersonalProjection<UserSettingRows> {

    SettingsProjection(UserSettingRows settings) {
        super(settings);
    }

    @EventHandler
    void on(AccountSettingChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findById(new UserSettingRow.Key(event.userId(), event.key())).ifPresentOrElse(
                row -> row.change(event.value(), sequence, at),
                () -> rows.insert(new UserSettingRow(event.userId(), event.key(), event.value(), sequence, at)));
    }

    @EventHandler
    void on(AccountSettingRemovedEvent event, @SequenceNumber long sequence) {
        rows.findById(new UserSettingRow.Key(event.userId(), event.key()))
                .filter(row -> row.lastSequence() < sequence)
                .ifPresent(rows::delete);
    }
}
