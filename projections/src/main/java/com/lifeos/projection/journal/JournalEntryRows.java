package com.lifeos.projection.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRowTable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JournalEntryRows extends OwnedRowTable<JournalEntryRow>, NewRows<JournalEntryRow> {

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
