package com.lifeos.projection.goal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.lifeos.projection.shared.NewRows;
import com.lifeos.projection.shared.PersonalRows;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GoalProgressRows extends PersonalRows<GoalProgressRow, GoalProgressRow.Key>,
        NewRows<GoalProgressRow> {

    List<GoalProgressRow> findByGoalIdAndUserIdOrderBySequenceAsc(UUID goalId, UUID userId);

    List<GoalProgressRow> findByUserIdAndGoalIdInOrderBySequenceAsc(UUID userId, Collection<UUID> goalIds);

    @Modifying
    @Query("delete from GoalProgressRow p where p.goalId = :goalId and p.userId = :userId")
    int deleteByGoal(@Param("goalId") UUID goalId, @Param("userId") UUID userId);
}
