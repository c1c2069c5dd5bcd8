package com.lifeos.app.account;

import java.util.Map;

import com.lifeos.app.security.Actor;
import com.lifeos.identity.account.UserSettings;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's settings, {@code /api/settings}: a flat map of key to value, each value in its JSON type
 * ({@code "ai_share_private_text": true}, {@code "day_start_hour": 4}, {@code "week_start": "monday"}). A 101st
 * preference besides the calendar is a 409 conflict.
 */
@RestController
@RequestMapping("/api/settings")
class SettingsController {

    private final UserSettings settings;

    SettingsController(UserSettings settings) {
        this.settings = settings;
    }

    /**
     * {@code PUT /api/settings/{key}}: the value in the key's type (a number, a boolean, a string); numeric and
     * yes/no keys also take the string form ({@code "4"}, {@code "true"}).
     */
    record SettingRequest(Object value) {
    }

    @GetMapping
    Map<String, Object> all(Actor actor) {
        return settings.of(actor.userId());
    }

    @PutMapping("/{key}")
    Map<String, Object> put(Actor actor, @PathVariable String key, @RequestBody SettingRequest request) {
        return settings.put(actor.userId(), key, request.value());
    }

    @DeleteMapping("/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Actor actor, @PathVariable String key) {
        settings.remove(actor.userId(), key);
    }
}
