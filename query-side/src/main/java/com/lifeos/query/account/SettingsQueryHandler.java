package com.lifeos.query.account;

import java.util.LinkedHashMap;
import java.util.Map;

import com.lifeos.api.account.AccountPreferencesView;
import com.lifeos.api.account.FindAccountPreferencesQuery;
import com.lifeos.projection.account.UserSettingRow;
import com.lifeos.projection.account.UserSettingRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers a person's preferences from the "account" group's settings table. */
@Component
class SettingsQueryHandler {

    private final UserSettingRows settings;

    SettingsQueryHandler(UserSettingRows settings) {
        this.settings = settings;
    }

    @QueryHandler
    AccountPreferencesView handle(FindAccountPreferencesQuery query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (UserSettingRow row : settings.findByUserIdOrderByKeyAsc(query.userId())) {
            values.put(row.key(), row.value());
        }
        return new AccountPreferencesView(values);
    }
}
