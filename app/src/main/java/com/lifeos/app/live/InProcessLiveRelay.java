package com.lifeos.app.live;

import com.lifeos.store.redis.RedisConfigured;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** One instance, no Redis (the embedded default): the sessions to reach are all here. */
@Component
@Conditional(RedisConfigured.Not.class)
class InProcessLiveRelay implements LiveRelay {

    private final LiveDelivery delivery;

    InProcessLiveRelay(LiveDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void publish(LiveNotice notice) {
        delivery.deliver(notice);
    }
}
