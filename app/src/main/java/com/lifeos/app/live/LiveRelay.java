package com.lifeos.app.live;

/** Carries a notice from the instance whose projection applied the event to every instance's sessions. */
interface LiveRelay {

    void publish(LiveNotice notice);
}
