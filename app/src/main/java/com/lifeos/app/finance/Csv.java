package com.lifeos.app.finance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 comma-separated values, small enough to read at a glance: fields may be quoted, a quote inside a
 * quoted field is doubled, and a quoted field may span lines. Lines end in CRLF when written; LF, CRLF and CR
 * are all read. Blank lines are skipped. Each record remembers the line it starts on, for error reports.
 * <p>
 * A spreadsheet runs a cell that starts with {@code = + - @}, TAB or CR as a formula (OWASP "CSV injection"), so
 * such a text is written quoted with a leading single quote, which spreadsheets take as "this is text" and do not
 * show. A plain decimal number such as {@code -12.50} is data, not a formula, and stays a number. Reading removes
 * exactly the quote writing added: a written text that itself starts with quotes before such a character gets one
 * more, so every text reads back as it was written.
 */
final class Csv {

    private static final char QUOTE = '"';
    private static final char COMMA = ',';
    private static final char TEXT_MARK = '\'';
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
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean afterClosingQuote = false;
        boolean fieldStarted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == QUOTE) {
                    if (i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                        field.append(QUOTE);
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    afterClosingQuote = true;
                } else {
                    if (c == '\n' || (c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == COMMA) {
                fields.add(field.toString());
                field.setLength(0);
                afterClosingQuote = false;
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (fieldStarted || !fields.isEmpty() || field.length() > 0 || afterClosingQuote) {
                    fields.add(field.toString());
                        records.add(new Record(recordLine, unguarded(fields)));
                }
                fields.clear();
                field.setLength(0);
                afterClosingQuote = false;
                fieldStarted = false;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                recordLine = line;
            } else if (afterClosingQuote) {
                throw new MalformedException(line, "a closing quote must be followed by a comma or the line's end");
            } else if (c == QUOTE) {
                if (field.length() > 0) {
                    throw new MalformedException(line, "a quote may only start a field (quote the whole field)");
                }
                quoted = true;
                fieldStarted = true;
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (quoted) {
            throw new MalformedException(recordLine, "a quoted field is not closed");
        }
        if (fieldStarted || !fields.isEmpty() || field.length() > 0 || afterClosingQuote) {
            fields.add(field.toString());
            records.add(new Record(recordLine, unguarded(fields)));
        }
        return records;
    }

    /** One record as a line ending in CRLF, each field quoted only when it must be. */
    static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(COMMA);
            }
            String text = fields.get(i) == null ? "" : fields.get(i);
            String value = guarded(text);
            if (!value.equals(text) || value.indexOf(COMMA) >= 0 || value.indexOf(QUOTE) >= 0
                    || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                out.append(QUOTE).append(value.replace("\"", "\"\"")).append(QUOTE);
            } else {
                out.append(value);
            }
        }
        return out.append("\r\n").toString();
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

    private static List<String> unguarded(List<String> fields) {
        return fields.stream().map(Csv::unguarded).toList();
    }
}
