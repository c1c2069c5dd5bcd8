package com.lifeos.app.web;

import com.lifeos.store.crypto.PrivateText;
import com.lifeos.store.gateway.Commands;
import com.lifeos.store.gateway.Queries;
import org.springframework.stereotype.Component;

/**
 * What a feature's controller reaches the core with: the gateways, creation by a client-chosen id, the user's
 * calendar, and the sealing of the words they type. One object, so each controller asks for it once.
 */
@Component
public record Edge(Commands commands, Queries queries, Creations creations, Calendars calendars,
                   PrivateText privateText) {
}
