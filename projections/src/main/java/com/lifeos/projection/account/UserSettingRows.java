package com.lifeos.projection.account;

import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.PersonalRows;

public interface UserSettingRows extends PersonalRows<UserSettingRow, UserSettingRow.Key>, NewRows<UserSettingRow> {

    List<UserSettingRow> findByUserIdOrderByKeyAsc(UUID userId);
}
