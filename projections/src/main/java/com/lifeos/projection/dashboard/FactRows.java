package com.lifeos.projection.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.OwnedRows;
import com.lifeos.projection.shared.PersonalRows;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FactRows extends PersonalRows<FactRow, UUID>, OwnedRows<FactRow, UUID>, NewRows<FactRow> {

    @Query("select f from FactRow f where f.userId = :userId and f.factDate between :from and :to")
    List<FactRow> findInRange(@Param("userId") UUID userId, @Param("from") LocalDate from,
                              @Param("to") LocalDate to);

    /** The date of a person's first fact in an area (null when there is none): where that area begins to count. */
    @Query("select min(f.factDate) from FactRow f where f.userId = :userId and f.area = :area")
    LocalDate findFirstDate(@Param("userId") UUID userId, @Param("area") String area);

    /** The latest fact of a kind: by its local date, then the moment it happened. */
    Optional<FactRow> findFirstByUserIdAndAreaAndKindOrderByFactDateDescOccurredAtDescIdDesc(UUID userId,
                                                                                            String area, String kind);

    @Modifying
    @Query("delete from FactRow f where f.subjectId = :subjectId and f.userId = :userId")
    int deleteBySubject(@Param("subjectId") UUID subjectId, @Param("userId") UUID userId);
}
