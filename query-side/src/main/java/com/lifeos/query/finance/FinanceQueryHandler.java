package com.lifeos.query.finance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.lifeos.api.finance.BudgetsView;
import com.lifeos.api.finance.FinanceAnalyticsView;
import com.lifeos.api.finance.FinancialRecordFilter;
import com.lifeos.api.finance.FinancialRecordList;
import com.lifeos.api.finance.FinancialRecordPage;
import com.lifeos.api.finance.FinancialRecordView;
import com.lifeos.api.finance.FindBudgetsQuery;
import com.lifeos.api.finance.FindFinanceAnalyticsQuery;
import com.lifeos.api.finance.FindFinancialRecordQuery;
import com.lifeos.api.finance.FindKnownFinancialRecordIdsQuery;
import com.lifeos.api.finance.KnownFinancialRecordIdsView;
import com.lifeos.api.finance.ListAllFinancialRecordsQuery;
import com.lifeos.api.finance.ListFinancialRecordsQuery;
import com.lifeos.api.shared.SealedText;
import com.lifeos.projection.finance.BudgetRow;
import com.lifeos.projection.finance.BudgetRows;
import com.lifeos.projection.finance.FinancialRecordRow;
import com.lifeos.projection.finance.FinancialRecordRows;
import com.lifeos.query.shared.Filters;
import com.lifeos.query.shared.OwnedRowViews;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
class FinanceQueryHandler extends OwnedRowViews<FinancialRecordRows, FinancialRecordRow, FinancialRecordView> {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("recordDate"), Sort.Order.desc("createdAt"),
            Sort.Order.asc("id"));
    private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("recordDate"), Sort.Order.asc("id"));

    private final BudgetRows budgets;

    FinanceQueryHandler(FinancialRecordRows records, BudgetRows budgets) {
        super(records, FinancialRecordRow.class);
        this.budgets = budgets;
    }

    /** A deleted record keeps its row, marked deleted, and is found no more. */
    @QueryHandler
    Optional<FinancialRecordView> handle(FindFinancialRecordQuery query) {
        return rows().findByIdAndUserIdAndDeletedFalse(query.recordId(), query.userId()).map(this::view);
    }

    @QueryHandler
    FinancialRecordPage handle(ListFinancialRecordsQuery query) {
        return page(matching(query.userId(), query.filter()), query.page(), NEWEST_FIRST, FinancialRecordPage::new);
    }

    @QueryHandler
    FinancialRecordList handle(ListAllFinancialRecordsQuery query) {
        return new FinancialRecordList(all(matching(query.userId(), query.filter()), OLDEST_FIRST));
    }

    @QueryHandler
    KnownFinancialRecordIdsView handle(FindKnownFinancialRecordIdsQuery query) {
        if (query.recordIds().isEmpty()) {
            return new KnownFinancialRecordIdsView(Set.of());
        }
        return new KnownFinancialRecordIdsView(rows().findByUserIdAndIdIn(query.userId(), query.recordIds())
                .stream().map(FinancialRecordRow::id).collect(Collectors.toSet()));
    }

    @QueryHandler
    FinanceAnalyticsView handle(FindFinanceAnalyticsQuery query) {
        return CashFlows.of(entries(query.userId(), query.range().from(), query.range().to()), query.range(),
                query.currency());
    }

    @QueryHandler
    BudgetsView handle(FindBudgetsQuery query) {
        List<MoneyEntry> month = entries(query.userId(), query.month().atDay(1), query.month().atEndOfMonth());
        return new BudgetsView(query.month(), budgets.findByUserIdAndMonthStartAndRemovedFalse(query.userId(),
                        query.month().atDay(1)).stream()
                .sorted(Comparator.comparing(BudgetRow::categoryKey).thenComparing(BudgetRow::id))
                .map(row -> BudgetUsage.of(row.category(), row.month(), row.amount(), row.currency(), month))
                .toList());
    }

    private List<MoneyEntry> entries(UUID userId, LocalDate from, LocalDate to) {
        return rows().findByUserIdAndDeletedFalseAndRecordDateBetween(userId, from, to).stream()
                .map(row -> new MoneyEntry(row.type(), row.amount(), row.currency(), row.category(), row.date()))
                .toList();
    }

    private Filters<FinancialRecordRow> matching(UUID userId, FinancialRecordFilter filter) {
        return ownedBy(userId)
                .equal("deleted", false)
                .equal("recordType", filter.type())
                .equal("categoryKey", filter.category() == null ? null
                        : FinancialRecordRow.keyOf(filter.category().strip()))
                .within("recordDate", filter.from(), filter.to());
    }

    @Override
    protected FinancialRecordView view(FinancialRecordRow row) {
        return new FinancialRecordView(row.id(), row.type(), row.amount(), row.currency(), row.category(),
                row.description() == null ? null : new SealedText(row.description()), row.date(), row.createdAt(),
                row.updatedAt());
    }
}
