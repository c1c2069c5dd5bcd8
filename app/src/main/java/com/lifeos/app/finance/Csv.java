package com.lifeos.app.finance;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 comma-separated values, small enough to read at a glance: fields may be quoted, a quote inside a
 * quoted field is doubled, and a quoted field may span lines. Lines end in CRLF when written; LF, CRLF and CR
 * are all read. Blank lines are skipped. Each record remembers the line it starts on, for error reports.
 */
final class Csv {

    private static final char QUOTE = '"';
    private static final char COMMA = ',';

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
                    records.add(new Record(recordLine, List.copyOf(fields)));
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
            records.add(new Record(recordLine, List.copyOf(fields)));
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
            String value = fields.get(i) == null ? "" : fields.get(i);
            if (value.indexOf(COMMA) >= 0 || value.indexOf(QUOTE) >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                out.append(QUOTE).append(value.replace("\"", "\"\"")).append(QUOTE);
            } else {
                out.append(value);
            }
        }
        return out.append("\r\n").toString();
    }
}
