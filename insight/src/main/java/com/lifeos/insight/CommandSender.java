package com.lifeos.insight;

import java.util.List;
import java.util.UUID;

/**
 * How the application sends commands on a person's behalf: with the metadata every event carries, all in one
 * transaction, returning once the projections reflect them.
 */
public interface CommandSender {

    void sendAll(UUID actingUser, List<?> commands);
}
