package com.lifeos.projection.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import com.lifeos.projection.shared.PersonalRows;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JournalEntryRows extends PersonalRows<JournalEntryRow, UUID>,
        OwnedRows<JournalEntryRow, UUID>, NewRows<JournalEntryRow>,
        JpaSpecificationExecutor<JournalEntryRow> {

    Optional<JournalEntryRow> findByIdAndUserId(UUID id, UUID userId);

    List<JournalEntryRow> findByUserIdAndEntryDateBetween(UUID userId, LocalDate from, LocalDate to);

    @Query("select distinct e.entryDate from JournalEntryRow e where e.userId = :userId")
    List<LocalDate> findEntryDates(@Param("userId") UUID userId);

    @Modifying
    @Query(value = "delete from journal_entry_tag where user_id = :userId", nativeQuery = true)
    int deleteTagsByUser(@Param("userId") UUID userId);

    @Modifying
    @Query(value = "delete from journal_entry_tag", nativeQuery = true)
    int deleteAllTags();
}
