package com.lifeos.projection.dashboard;

import com.lifeos.api.account.AccountPasswordResetEvent;
import com.lifeos.api.account.AccountProfileUpdatedEvent;
import com.lifeos.api.account.AccountRegisteredEvent;
import com.lifeos.api.account.AccountSettingChangedEvent;
import com.lifeos.api.account.AccountSettingRemovedEvent;
import com.lifeos.api.account.AccountSettingsChangedEvent;
import com.lifeos.projection.shared.PersonalProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The person: what they changed of their account, told in the feed. It is the group's {@link PersonalProjection}:
 * an erasure removes every dashboard row of theirs and a replay starts from empty tables, both through the
 * {@link ActivityFeed} and then the {@link DashboardRows}. An erasure itself is not their doing, so it is not told.
 */
@Component
@ProcessingGroup(Areas.GROUP)
class AccountBoard extends PersonalProjection<DashboardRows> {

    private final ActivityFeed feed;

    AccountBoard(DashboardRows rows, ActivityFeed feed) {
        super(rows, feed);
        this.feed = feed;
    }

    @EventHandler
    void on(AccountRegisteredEvent e, DomainEventMessage<?> m) {
        feed.tell(m, e.userId(), Areas.ACCOUNT, e.userId());
    }

    @EventHandler
    void on(AccountSettingsChangedEvent e, DomainEventMessage<?> m) {
        feed.tell(m, e.userId(), Areas.ACCOUNT, e.userId(), line -> line.label(e.weekStart().name())
                .on(null, e.timezone().getId()));
    }

    @EventHandler
    void on(AccountSettingChangedEvent e, DomainEventMessage<?> m) {
        feed.tell(m, e.userId(), Areas.ACCOUNT, e.userId(), line -> line.title(e.key()).detail(e.value()));
    }

    @EventHandler
    void on(AccountSettingRemovedEvent e, DomainEventMessage<?> m) {
        feed.tell(m, e.userId(), Areas.ACCOUNT, e.userId(), line -> line.title(e.key()));
    }

    @EventHandler
    void on(AccountProfileUpdatedEvent e, DomainEventMessage<?> m) {
        feed.tell(m, e.userId(), Areas.ACCOUNT, e.userId());
    }

    @EventHandler
    void on(AccountPasswordResetEvent e, DomainEventMessage<?> m) {
        feed.tell(m, e.userId(), Areas.ACCOUNT, e.userId());
    }
}
