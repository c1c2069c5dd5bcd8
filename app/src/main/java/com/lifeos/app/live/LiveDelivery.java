package com.lifeos.app.live;

import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.lifeos.app.security.Actor;
import com.lifeos.identity.account.Accounts;
import com.lifeos.identity.account.Role;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;

/**
 * Turns a notice into the update a user's sessions on this instance receive. The data is read here, when the
 * notice arrives, and only for users connected to this instance; one thread keeps each user's updates in order and
 * keeps the reads off the projection threads.
 */
@Component
class LiveDelivery {

    static final String UPDATES = "/queue/updates";
    private static final Logger log = LoggerFactory.getLogger(LiveDelivery.class);

    private final SimpUserRegistry users;
    private final SimpMessagingTemplate messaging;
    private final Accounts accounts;
    private final RestReads reads;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("live-updates").daemon().factory());

    LiveDelivery(SimpUserRegistry users, SimpMessagingTemplate messaging, Accounts accounts, RestReads reads) {
        this.users = users;
        this.messaging = messaging;
        this.accounts = accounts;
        this.reads = reads;
    }

    void deliver(LiveNotice notice) {
        String user = notice.userId().toString();
        if (users.getUser(user) == null) {
            return;
        }
        sender.execute(() -> {
            try {
                Optional<Actor> actor = accounts.settingsOf(notice.userId()).map(settings ->
                        new Actor(notice.userId(), EnumSet.of(Role.USER), settings.zone(), settings.weekStart()));
                if (actor.isEmpty()) {
                    return;
                }
                Object data = LiveFeeds.read(reads, actor.get(), notice);
                messaging.convertAndSendToUser(user, UPDATES, new LiveUpdate(notice.type(), notice.entityId(), data));
            } catch (RuntimeException e) {
                log.warn("Live update {} for entity {} not delivered", notice.type(), notice.entityId(), e);
            }
        });
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
