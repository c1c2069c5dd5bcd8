package com.lifeos.app.finance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.lifeos.api.finance.CreateFinancialRecordCommand;
import com.lifeos.api.finance.FinancialRecordDetails;
import com.lifeos.api.finance.FinancialRecordFilter;
import com.lifeos.api.finance.FinancialRecordList;
import com.lifeos.api.finance.FindKnownFinancialRecordIdsQuery;
import com.lifeos.api.finance.KnownFinancialRecordIdsView;
import com.lifeos.api.finance.ListAllFinancialRecordsQuery;
import com.lifeos.app.web.Edge;
import org.springframework.stereotype.Component;

/**
 * Imports a CSV file all or nothing. Every row is judged first (all bad rows are reported, nothing is sent); then
 * the new rows are created in one transaction. A row is new unless its import id was ever used (deleted records
 * included, so a deletion is not undone by importing the file again) or the user already has at least as many
 * records with the same content as this row's occurrence number in the file (so an exported file, whose records
 * have other ids, imports to nothing). Content is compared in clear here, at the edge, never stored as a hash.
 */
@Component
class FinanceImport {

    private final Edge edge;

    FinanceImport(Edge edge) {
        this.edge = edge;
    }

    record Result(int imported, int skipped) {
    }

    Result run(UUID userId, String text, String defaultCurrency, LocalDate today) {
        List<PlainRecord> rows = CsvRows.read(text, defaultCurrency, today);
        if (rows.isEmpty()) {
            return new Result(0, 0);
        }
        Map<UUID, PlainRecord> byId = new LinkedHashMap<>();
        Map<UUID, Integer> occurrences = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (PlainRecord row : rows) {
            int occurrence = seen.merge(row.key(), 1, Integer::sum);
            UUID id = row.importId(userId, occurrence);
            byId.put(id, row);
            occurrences.put(id, occurrence);
        }
        var known = edge.queries().ask(new FindKnownFinancialRecordIdsQuery(userId, byId.keySet()),
                KnownFinancialRecordIdsView.class).recordIds();
        Map<String, Integer> existing = existingContent(userId, rows);
        List<CreateFinancialRecordCommand> creates = new ArrayList<>();
        byId.forEach((id, row) -> {
            if (!known.contains(id) && existing.getOrDefault(row.key(), 0) < occurrences.get(id)) {
                creates.add(new CreateFinancialRecordCommand(id, userId, new FinancialRecordDetails(row.type(),
                        row.amount(), row.currency(), row.category(),
                        edge.privateText().seal(userId, row.description()), row.date()), today));
            }
        });
        if (!creates.isEmpty()) {
            edge.commands().sendAll(userId, creates);
        }
        return new Result(creates.size(), rows.size() - creates.size());
    }

    /** How many live records of the user have each content, over the dates the file covers. */
    private Map<String, Integer> existingContent(UUID userId, List<PlainRecord> rows) {
        LocalDate from = rows.stream().map(PlainRecord::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = rows.stream().map(PlainRecord::date).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, Integer> counts = new HashMap<>();
        edge.queries().ask(new ListAllFinancialRecordsQuery(userId, new FinancialRecordFilter(from, to, null, null)),
                        FinancialRecordList.class).items()
                .forEach(view -> counts.merge(new PlainRecord(view.date(), view.type(), view.amount(),
                        view.currency(), view.category(), edge.privateText().open(userId, view.description())).key(), 1,
                        Integer::sum));
        return counts;
    }
}
