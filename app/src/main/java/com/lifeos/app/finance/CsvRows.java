package com.lifeos.app.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.lifeos.api.finance.FinancialRecordType;
import com.lifeos.api.finance.Money;
import com.lifeos.api.shared.DateBounds;
import com.lifeos.api.shared.Texts;
import com.lifeos.shared.error.InvalidLinesException;
import com.lifeos.shared.time.NotInFuture;
import com.lifeos.shared.error.InvalidLinesException.LineProblem;

/**
 * Reads an import file into plain records, judging every row before anything is sent, so all bad rows are
 * reported at once. The header names the columns in the order the export writes them; {@code currency} may be
 * left out, and then every row takes the user's default currency.
 */
final class CsvRows {

    static final int MAX_ROWS = 5000;
    private static final String REJECTED = "The file has invalid rows; nothing was imported.";
    private static final int HEADER_LINE = 1;

    private CsvRows() {
    }

    static List<PlainRecord> read(String text, String defaultCurrency, LocalDate today) {
        List<Csv.Record> records;
        try {
            records = Csv.parse(text);
        } catch (Csv.MalformedException malformed) {
            throw rejected(malformed.line(), "row", malformed.getMessage());
        }
        if (records.isEmpty()) {
            throw rejected(HEADER_LINE, "header", "the file is empty; the first line must be the header "
                    + String.join(",", PlainRecord.HEADER));
        }
        int columns = columnsOf(records.get(0));
        if (records.size() - 1 > MAX_ROWS) {
            throw rejected(records.get(MAX_ROWS + 1).line(), "file", "a file may hold at most " + MAX_ROWS + " rows");
        }
        List<PlainRecord> rows = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        for (Csv.Record record : records.subList(1, records.size())) {
            try {
                rows.add(row(record, columns, defaultCurrency, today));
            } catch (BadField bad) {
                problems.add(new LineProblem(record.line(), bad.field, bad.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidLinesException(REJECTED, problems);
        }
        return rows;
    }

    private static int columnsOf(Csv.Record header) {
        List<String> names = header.fields().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        int withoutCurrency = PlainRecord.HEADER.size() - 1;
        if (!names.equals(PlainRecord.HEADER) && !names.equals(PlainRecord.HEADER.subList(0, withoutCurrency))) {
            throw rejected(header.line(), "header", "the header must be " + String.join(",", PlainRecord.HEADER)
                    + " (currency may be left out)");
        }
        return names.size();
    }

    private static PlainRecord row(Csv.Record record, int columns, String defaultCurrency, LocalDate today) {
        List<String> fields = record.fields();
        if (fields.size() != columns) {
            throw new BadField("row", "has " + fields.size() + " fields; the header has " + columns);
        }
        LocalDate date = date(fields.get(0).strip(), today);
        FinancialRecordType type = type(fields.get(1).strip());
        BigDecimal amount = amount(fields.get(2).strip());
        String category = check("category", () -> Money.category("category", fields.get(3)));
        String description = fields.get(4).isEmpty() ? null : fields.get(4);
        String descriptionProblem = description == null ? null
                : Texts.problemOf(description, Texts.DESCRIPTION_MAX, true);
        if (descriptionProblem != null) {
            throw new BadField("description", descriptionProblem);
        }
        String code = columns > PlainRecord.HEADER.size() - 1 && !fields.get(5).isBlank() ? fields.get(5).strip()
                : defaultCurrency;
        String currency = check("currency", () -> Money.currency("currency", code));
        return new PlainRecord(date, type, amount, currency, category, description);
    }

    private static LocalDate date(String value, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadField("date", "must be a date such as 2026-11-24");
        }
        String future = NotInFuture.problemOf(date, today);
        if (future != null) {
            throw new BadField("date", future);
        }
        if (!DateBounds.contains(date)) {
            throw new BadField("date", DateBounds.MESSAGE);
        }
        return date;
    }

    private static FinancialRecordType type(String value) {
        for (FinancialRecordType type : FinancialRecordType.values()) {
            if (type.name().equalsIgnoreCase(value)) {
                return type;
            }
        }
        throw new BadField("type", "must be income or expense");
    }

    private static BigDecimal amount(String value) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new BadField("amount", "must be a number such as 12.50 (a dot before the decimals)");
        }
        BigDecimal checked = amount;
        return check("amount", () -> Money.amount("amount", checked));
    }

    /** The api's own syntax check, its message reworded without the field name the report already carries. */
    private static <T> T check(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new BadField(field, e.getMessage().startsWith(field + " ")
                    ? e.getMessage().substring(field.length() + 1) : e.getMessage());
        }
    }

    private static InvalidLinesException rejected(int line, String field, String message) {
        return new InvalidLinesException(REJECTED, List.of(new LineProblem(line, field, message)));
    }

    private static final class BadField extends RuntimeException {

        private final String field;

        BadField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
