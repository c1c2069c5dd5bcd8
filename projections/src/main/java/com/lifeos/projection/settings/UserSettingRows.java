package com.lifeos.projection.settings;

import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserSettingRows extends JpaRepository<UserSettingRow, UserSettingRow.Key>, NewRows<UserSettingRow> {

    List<UserSettingRow> findByUserIdOrderByKeyAsc(UUID userId);

    @Modifying
    @Query("delete from UserSettingRow s where s.userId = :userId")
    int deleteByUser(@Param("userId") UUID userId);
}
