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
class SettingsProjection extends PersonalProjection {

    private final UserSettingRows settings;

    SettingsProjection(UserSettingRows settings) {
        super(settings);
        this.settings = settings;
    }

    @EventHandler
    void on(AccountSettingChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        settings.findById(new UserSettingRow.Key(event.userId(), event.key())).ifPresentOrElse(
                row -> row.change(event.value(), sequence, at),
                () -> settings.insert(new UserSettingRow(event.userId(), event.key(), event.value(), sequence, at)));
    }

    @EventHandler
    void on(AccountSettingRemovedEvent event, @SequenceNumber long sequence) {
        settings.findById(new UserSettingRow.Key(event.userId(), event.key()))
                .filter(row -> row.lastSequence() < sequence)
                .ifPresent(settings::delete);
    }
}
