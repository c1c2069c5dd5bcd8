package com.lifeos.app.web;

import java.time.Clock;
import java.time.LocalDate;

import com.lifeos.api.shared.UserCalendar;
import com.lifeos.app.security.Actor;
import org.springframework.stereotype.Component;

/** "Today" for the acting user: the server clock read in the user's own time zone. */
@Component
public class Calendars {

    private final Clock clock;

    Calendars(Clock clock) {
        this.clock = clock;
    }

    public UserCalendar of(Actor actor) {
        return new UserCalendar(actor.zone(), LocalDate.now(clock.withZone(actor.zone())), actor.weekStart());
    }
}
