package com.lifeos.app.live;

import java.util.UUID;

/** What a client receives on {@code /user/queue/updates}: {@code data} is what the REST read returns, null once deleted. */
record LiveUpdate(String type, UUID entityId, Object data) {
}
