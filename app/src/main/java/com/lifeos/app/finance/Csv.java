package com.lifeos.app.finance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 comma-separated values through Apache Commons CSV: lines end in CRLF when written; LF, CRLF and CR are
 * all read; blank lines are skipped. Each record remembers the line it starts on, for error reports.
 * <p>
 * A spreadsheet runs a cell that starts with {@code = + - @}, TAB or CR as a formula (OWASP "CSV injection"), so
 * such a text is written quoted with a leading single quote, which spreadsheets take as "this is text" and do not
 * show. A plain decimal number such as {@code -12.50} is data, not a formula, and stays a number. Reading removes
 * exactly the quote writing added: a written text that itself starts with quotes before such a character gets one
 * more, so every text reads back as it was written.
 */
final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final CSVFormat QUOTED = FORMAT.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final char QUOTE = '"';
    private static final char TEXT_MARK = '\'';
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern FORMULA_START = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern GUARDED_FORMULA_START = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private Csv() {
    }

    record Record(int line, List<String> fields) {
    }

    /** The text does not follow RFC 4180 at {@code line}; nothing after it can be read reliably. */
    static final class MalformedException extends RuntimeException {

        private final int line;

        MalformedException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        Lines lines = new Lines(text);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> rows = parser.iterator();
            long linesRead = 0;
            try {
                while (rows.hasNext()) {
                    CSVRecord row = rows.next();
                    int start = lines.skipBreaks((int) row.getCharacterPosition());
                    int line = lines.lineOf(start);
                    requireQuotesOnlyAtFieldStart(text, start, row, line);
                    records.add(new Record(line, row.stream().map(Csv::unguarded).toList()));
                    linesRead = parser.getCurrentLineNumber();
                }
            } catch (UncheckedIOException malformed) {
                throw new MalformedException(firstFilledLineAfter(text, linesRead),
                        String.valueOf(malformed.getCause().getMessage()).contains("EOF")
                                ? "a quoted field is not closed"
                                : "a closing quote must be followed by a comma or the line's end");
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return records;
    }

    /** One record as a line ending in CRLF, each field quoted only when it must be. */
    static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        try {
            for (int i = 0; i < fields.size(); i++) {
                String text = fields.get(i) == null ? "" : fields.get(i);
                String value = guarded(text);
                (value.equals(text) ? FORMAT : QUOTED).print(value, out, i == 0);
            }
            FORMAT.println(out);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        return out.toString();
    }

    /** The text as written to a cell: a spreadsheet must never read it as a formula. */
    static String guarded(String value) {
        if (PLAIN_NUMBER.matcher(value).matches() || !FORMULA_START.matcher(value).matches()) {
            return value;
        }
        return TEXT_MARK + value;
    }

    /** The text {@link #guarded} was given. */
    static String unguarded(String value) {
        return GUARDED_FORMULA_START.matcher(value).matches() ? value.substring(1) : value;
    }

    /**
     * Commons CSV takes a quote inside an unquoted field as text; RFC 4180 does not, and such a quote is usually a
     * field whose opening quote was lost, so it is refused. A field is quoted when its raw text starts with a quote.
     */
    private static void requireQuotesOnlyAtFieldStart(String text, int start, CSVRecord row, int line) {
        int at = start;
        for (String value : row) {
            boolean quoted = at < text.length() && text.charAt(at) == QUOTE;
            if (!quoted && value.indexOf(QUOTE) >= 0) {
                throw new MalformedException(line, "a quote may only start a field (quote the whole field)");
            }
            long doubled = quoted ? 2 + value.chars().filter(c -> c == QUOTE).count() : 0;
            at += value.length() + (int) doubled + 1;
        }
    }

    /** The line a record that failed to parse starts on: the first non-blank one after the records read. */
    private static int firstFilledLineAfter(String text, long linesRead) {
        String[] all = LINE_BREAK.split(text, -1);
        for (int i = (int) linesRead; i < all.length; i++) {
            if (!all[i].isEmpty()) {
                return i + 1;
            }
        }
        return (int) linesRead + 1;
    }

    /** Line numbers of ascending positions in one text, counted once from start to end. */
    private static final class Lines {

        private final String text;
        private int position;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        /** Commons CSV places a record after blank lines at the first of them. */
        int skipBreaks(int at) {
            int start = at;
            while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
                start++;
            }
            return start;
        }

        int lineOf(int at) {
            for (; position < at; position++) {
                char c = text.charAt(position);
                if (c == '\n' || (c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n'))) {
                    line++;
                }
            }
            return line;
        }
    }
}
